"""Questions the chatbot must not answer from the index: emergencies come first, and
questions outside our subject are declined."""

import re

RED_FLAGS = [
    # Blanching: skin turning white, grey, blue or blotchy (a blocked vessel after filler).
    r"\bblanch\w*",
    r"\b(white|pale|grey|gray|blue|bluish|dusky|mottled|blotchy|purple|lacy)\b"
    r"[\w\s,]{0,25}\b(skin|patch\w*|area|mark\w*|discolou?r\w*)\b"
    r"[\w\s,]{0,30}\b(after|since|following)\b",
    r"\b(skin|lips?|nose|area|patch)\b[\w\s]{0,20}\b(gone|went|goes|turned|turning|going|is|looks?)\s+"
    r"(white|pale|grey|gray|blue|dusky|mottled|blotchy|purple)\b",
    # Vision.
    r"\b(blurr?(ed|y)|double|losing|lost|loss of|changes? (in|to)|dimm?(ed|ing)|patchy)\s+"
    r"(my\s+)?(vision|sight|eyesight)\b",
    r"\b(vision|sight|eyesight)\b[\w\s]{0,15}\b(blurr\w*|gone|changed|changing|dark|worse)\b",
    r"\b(can'?t|cannot|can not) see\b",
    r"\b(going|gone|went) blind\b|\bblindness\b",
    # Breathing and allergic reactions.
    r"\b(difficult\w*|trouble|struggl\w*|hard|problems?)\b[\w\s]{0,10}\bbreath\w*",
    r"\b(can'?t|cannot|can not) breathe?\b",
    r"\bshort(ness)? of breath\b",
    r"\b(throat|tongue)\b[\w\s',]{0,20}\b(swell\w*|swollen|closing|tight\w*)\b",
    r"\banaphyla\w*",
    # Severe pain.
    r"\b(severe|extreme|unbearable|excruciating|agoni[sz]ing|intense|terrible|horrendous)\s+"
    r"(\w+\s+)?(pain|ache|throbbing)\b",
    r"\bpain\b[\w\s]{0,15}\b(unbearable|getting worse|worse and worse|severe)\b",
    # Infection.
    r"\b(pus|oozing|abscess\w*)\b",
    r"\b(fever|high temperature|shivering|chills)\b",
    r"\b(hot|red)\b[\w\s,]{0,10}\b(swollen|hard|throbbing)\b[\w\s,]{0,20}\b(after|since)\b",
    r"\bspreading (redness|red)\b",
    r"\binfect(ed|ion)\b[\w\s]{0,30}\b(after|since|my|filler|injection|lips?|treatment)\b",
    r"\b(after|since)\b[\w\s]{0,40}\binfect(ed|ion)\b",
]
RED_FLAG_PATTERN = re.compile("|".join(f"(?:{pattern})" for pattern in RED_FLAGS), re.IGNORECASE)

# Clearly outside the subject, whatever words they share with our pages.
OFF_TOPIC = re.compile(
    r"\b(poems?|poetry|sonnet|haiku|limerick|song lyrics|lyrics|jokes?|weather|forecast|"
    r"mortgages?|remortgag\w*|loans?|pensions?|bitcoin|crypto\w*|stocks?|shares|recipes?|"
    r"football|premier league|cricket|lottery|capital (city )?of|elections?|prime minister|"
    r"homework|essay|train times|flights? to|translate)\b",
    re.IGNORECASE,
)


def is_urgent(question):
    return bool(RED_FLAG_PATTERN.search(question))


def is_off_topic(question):
    return bool(OFF_TOPIC.search(question))
