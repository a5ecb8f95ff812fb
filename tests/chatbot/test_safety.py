import re

import pytest

from chatbot import privacy, safety
from chatbot.answers import answer_question
from chatbot.models import Exchange
from chatbot.safety import Rule
from tests.chatbot.evaluation import ANSWERABLE, EMERGENCIES, OUT_OF_SCOPE, SAFETY

ANSWERABLE_QUESTIONS = [question for question, _, _ in ANSWERABLE]


@pytest.mark.parametrize("question", EMERGENCIES)
def test_emergencies_are_flagged(question):
    assert safety.is_urgent(question)


@pytest.mark.parametrize(
    "question",
    [
        "how do i get rid of dark spots on my cheeks",
        "can pale skin have ipl",
        "how long does lip filler swelling last",
        "is laser hair removal painful",
        *ANSWERABLE_QUESTIONS,
    ],
)
def test_ordinary_questions_are_not_emergencies(question):
    assert not safety.is_urgent(question)


@pytest.mark.parametrize("question", ["write me a poem about botox", "mortgage rates", "weather"])
def test_clearly_off_topic_questions(question):
    assert safety.is_off_topic(question)


def test_no_evaluation_question_is_mistaken_for_off_topic_or_a_safety_rule():
    assert not any(safety.is_off_topic(question) for question in ANSWERABLE_QUESTIONS)
    assert [q for q in ANSWERABLE_QUESTIONS if safety.rule_for(q)] == []
    assert OUT_OF_SCOPE  # the rest are declined by score (tests/chatbot/test_answers.py)


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("where can i buy cheap botox online to do it myself", Rule.SELF_TREATMENT),
        ("how many units of botox should i inject myself at home", Rule.SELF_TREATMENT),
        ("whats the right dose of botox for forehead lines", Rule.SELF_TREATMENT),
        ("can i order lip filler online", Rule.SELF_TREATMENT),
        ("how do i inject myself", Rule.SELF_TREATMENT),
        ("are hyaluron pens any good", Rule.SELF_TREATMENT),
        ("is it safe to have botox while breastfeeding", Rule.SEE_A_PROFESSIONAL),
        ("can i get lip filler when pregnant", Rule.SEE_A_PROFESSIONAL),
        ("im on warfarin can i have filler", Rule.SEE_A_PROFESSIONAL),
        ("i take medication for anxiety, is microneedling ok", Rule.SEE_A_PROFESSIONAL),
        ("i have diabetes, can i get microneedling", Rule.SEE_A_PROFESSIONAL),
        ("i'm 16 can i get lip filler", Rule.UNDER_18),
        ("my daughter is 15 and wants botox", Rule.UNDER_18),
        ("what age do you have to be to get botox", Rule.UNDER_18),
        ("i'm 17 and want to buy filler online", Rule.UNDER_18),
        ("which brand of botox is best", Rule.BRANDS),
        ("is dysport better than botox", Rule.BRANDS),
        ("what's the best filler brand", Rule.BRANDS),
    ],
)
def test_safety_rules(question, rule):
    assert safety.rule_for(question) == rule


@pytest.mark.parametrize(
    "question",
    [
        "what should i do at home after filler",
        "how much is botox",
        "why is botox a prescription medicine",
        "can i do microneedling at home",
        "what are chemical peels",
        "what helps teenage acne",
        "what age should i start botox",
        "am i too young for botox at 38",
        "is botox safe at 25",
        "how long do results last at 12 weeks",
        "what makes filler last longer",
        "in order to look fresher should i have filler",
    ],
)
def test_ordinary_questions_fall_under_no_rule(question):
    assert safety.rule_for(question) is None


@pytest.mark.django_db
@pytest.mark.parametrize("case", SAFETY, ids=[case.question for case in SAFETY])
def test_safety_answers_say_what_they_must_and_nothing_they_must_not(chat_site, case):
    answer = answer_question(case.question)
    said = f"{answer.html} {answer.sources} {answer.handoff_url}"
    assert all(re.search(pattern, said, re.IGNORECASE) for pattern in case.must)
    assert not any(re.search(pattern, said, re.IGNORECASE) for pattern in case.must_not)


@pytest.mark.django_db
def test_safety_rules_are_checked_before_retrieval(chat_site, monkeypatch):
    def no_search(*args, **kwargs):
        raise AssertionError("searched")

    monkeypatch.setattr("chatbot.answers.current_index", no_search)
    answer = answer_question("how many units of botox should i inject myself at home")
    assert answer.outcome == Exchange.Outcome.SAFETY
    assert answer.sources == [] and answer.handoff_url is None
    assert "prescription-only" in answer.html and "£" not in answer.html


@pytest.mark.django_db
def test_a_medical_question_we_dont_cover_goes_to_the_gp_and_ask_alice(chat_site):
    answer = answer_question("is it safe to have botox while breastfeeding")
    assert answer.outcome == Exchange.Outcome.SAFETY
    assert "GP, midwife or pharmacist" in answer.html
    assert answer.handoff_url.startswith("/ask-alice/?question=")


@pytest.mark.django_db
def test_under_18s_are_told_the_law_with_no_directory_link(chat_site):
    answer = answer_question("i'm 17, can i get botox near leeds if my mum says yes")
    assert answer.outcome == Exchange.Outcome.SAFETY
    assert "illegal in England" in answer.html and "under 18" in answer.html
    assert "find-a-practitioner" not in answer.html and answer.sources == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at jo.bloggs+x@example.co.uk please", "mail me at [e-mail removed] please"),
        (
            "call 07700 900123 or +44 20 7946 0958",
            "call [phone number removed] or [phone number removed]",
        ),
        ("I live in SW1A 1AA and work in m1 1ae", "I live in SW1A and work in M1"),
        ("near sw1a1aa please", "near SW1A please"),
        ("botox costs £180–£350 for 3 areas in 2026", "botox costs £180–£350 for 3 areas in 2026"),
    ],
)
def test_personal_details_are_scrubbed_to_an_outcode_at_most(text, expected):
    assert privacy.scrub(text) == expected
