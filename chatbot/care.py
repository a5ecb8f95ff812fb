"""Aftercare questions: "what should I expect 3 days after filler?", "is it normal to have
bruising after lip filler?". They are answered from the treatment's care cards
(treatments.aftercare): the signs of the stage the question names (3 days after: days 1 to
3), narrowed to the symptoms it names, each linked to its card. An urgent answer links the
card of its emergency ("lips went white after filler": call 999, day 0).
"""

import re
from dataclasses import dataclass

from treatments.aftercare import Level, Stage

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "couple of": 2,
    "few": 3,
}
DAYS_IN = {"hour": 1 / 24, "hr": 1 / 24, "day": 1, "week": 7, "month": 30}
# "3 days after", "a week post", "48 hours": the time since treatment.
ELAPSED = re.compile(
    r"\b(?:an? )?(?P<count>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+"
    r"(?P<unit>hour|hr|day|week|month)s?\b(?!\s+(?:before|until|till|to go))",
    re.IGNORECASE,
)
DAY_NUMBER = re.compile(r"\bday\s+(?P<count>\d{1,2})\b", re.IGNORECASE)
SAME_DAY = re.compile(
    r"\b(same day|today|tonight|this (morning|afternoon|evening)|(straight|right|just|"
    r"immediately) after|just had|day (0|zero)|first (few )?hours)\b",
    re.IGNORECASE,
)
NEXT_DAY = re.compile(r"\b(next day|tomorrow|(the )?day after)\b", re.IGNORECASE)
LATER = re.compile(r"\b(weeks|months) (later|after|on)\b|\blong[- ]term\b", re.IGNORECASE)
# Asking when to get help rather than what is normal.
WORRY = re.compile(
    r"\b(worr(y|ied|ying)|concerned|get help|seek help|emergency|warning signs?)\b", re.IGNORECASE
)

# What people notice after treatment, in visitors' words and the cards' alike: a sign
# answers a question when they name the same one.
SYMPTOMS = {
    name: re.compile(words, re.IGNORECASE)
    for name, words in {
        "bruising": r"\bbruis\w*",
        "swelling": r"\bswell\w*|\bswollen\b|\bpuff\w*",
        "redness": r"\bred(ness)?\b|\bpink\b|\bflush\w*",
        "lumps": r"\blump\w*|\bbumps?\b|\bbumpy\b|\bnodules?\b",
        "pain": r"\bpain\w*|\bsore\w*|\btender\w*|\bhurts?\b|\bhurting\b|\baching\b|\bsting\w*",
        "headache": r"\bheadaches?\b",
        "drooping": r"\bdroop\w*",
        "uneven": r"\buneven\b|\blopsided\b|\basymmetr\w*|\bone side\b",
        "colour": r"\bwhite\b|\bgr[ae]y\b|\bblue\b|\bblotch\w*|\bmottled\b|\bdusky\b|\bblanch\w*",
        "vision": r"\bvision\b|\bsight\b|\bcan'?t see\b|\bblurr\w*",
        "breathing": r"\bbreath\w*|\bswallow\w*|\bthroat\b|\btongue\b|\bslurred\b",
        "infection": r"\binfect\w*|\bpus\b|\bheat\b|\bhot\b|\bfever\b|\bunwell\b|\bcrusts?\b",
        "peeling": r"\bpeel\w*|\bflak\w*",
        "blisters": r"\bblister\w*|\bweep\w*|\braw\b",
        "cold sore": r"\bcold sores?\b",
        "dark patches": r"\bdark(er)? (patch|spot|mark)\w*|\bpatches of skin\b|\bpigment\w*",
        "spots": r"\bspots\b|\bpimples?\b|\bbreak ?outs?\b",
        "firmness": r"\bfirm\b|\bhard\b",
    }.items()
}
URGENT_LEVELS = (Level.EMERGENCY, Level.NHS_111)


def stage_of(question):
    """The stage after treatment the question is about (3 days after: days 1 to 3), or None."""
    if SAME_DAY.search(question):
        return Stage.DAY_0
    if NEXT_DAY.search(question):
        return Stage.DAYS_1_3
    if match := DAY_NUMBER.search(question):
        return stage_after(int(match["count"]))
    if match := ELAPSED.search(question):
        count = match["count"].lower()
        count = int(count) if count.isdigit() else NUMBER_WORDS[count]
        return stage_after(count * DAYS_IN[match["unit"].lower()])
    if LATER.search(question):
        return Stage.LATER
    return None


def stage_after(days):
    if days < 1:
        return Stage.DAY_0
    if days <= 3:
        return Stage.DAYS_1_3
    if days <= 14:
        return Stage.WEEKS_2
    return Stage.LATER


def symptoms_in(text):
    return {name for name, pattern in SYMPTOMS.items() if pattern.search(text)}


@dataclass(frozen=True)
class Sign:
    stage: Stage
    level: Level
    text: str
    anchor: str  # its card's


def signs_of(aftercare):
    return [
        Sign(stage.stage, card.level, text, card.anchor)
        for stage in aftercare
        for card in stage.cards
        for text in card.signs
    ]


def signs_for(aftercare, question):
    """The signs that answer the question: those of the stage it names (or the latest
    stage before it that has any), narrowed to the symptoms it names where any match;
    without a stage, those naming its symptoms. Asked when to worry, the signs that need
    action; otherwise, what is normal at each stage."""
    signs = signs_of(aftercare)
    stage, symptoms = stage_of(question), symptoms_in(question)
    if stage is not None:
        order = list(Stage)
        earlier = [s for s in signs if order.index(s.stage) <= order.index(stage)]
        latest = earlier[-1].stage if earlier else None
        signs = [sign for sign in earlier if sign.stage == latest]
    named = [sign for sign in signs if symptoms & symptoms_in(sign.text)]
    if named or (stage is None and symptoms):
        return named
    if WORRY.search(question):
        return [sign for sign in signs if sign.level != Level.NORMAL]
    if stage is None:
        return [sign for sign in signs if sign.level == Level.NORMAL]
    return signs


def urgent_signs(aftercare, question):
    """The card signs of an emergency: the 999 and NHS 111 signs naming the question's
    symptoms, those of the stage it names first, then the most urgent; else the 999 signs
    of the stage it names (or day 0)."""
    stage = stage_of(question)
    urgent = [sign for sign in signs_of(aftercare) if sign.level in URGENT_LEVELS]
    urgent.sort(key=lambda sign: (sign.stage != stage, URGENT_LEVELS.index(sign.level)))
    symptoms = symptoms_in(question)
    named = [sign for sign in urgent if symptoms & symptoms_in(sign.text)]
    if named:
        return named
    return [s for s in urgent if s.stage == (stage or Stage.DAY_0) and s.level == Level.EMERGENCY]
