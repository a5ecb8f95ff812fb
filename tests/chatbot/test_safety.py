import pytest

from chatbot import privacy, safety
from tests.chatbot.evaluation import ANSWERABLE, EMERGENCIES, OUT_OF_SCOPE


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
        *[question for question, _ in ANSWERABLE],
    ],
)
def test_ordinary_questions_are_not_emergencies(question):
    assert not safety.is_urgent(question)


@pytest.mark.parametrize("question", ["write me a poem about botox", "mortgage rates", "weather"])
def test_clearly_off_topic_questions(question):
    assert safety.is_off_topic(question)


def test_no_evaluation_question_is_mistaken_for_off_topic():
    assert not any(safety.is_off_topic(question) for question, _ in ANSWERABLE)
    assert OUT_OF_SCOPE  # the rest are declined by score (tests/chatbot/test_answers.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at jo.bloggs+x@example.co.uk please", "mail me at [e-mail removed] please"),
        (
            "call 07700 900123 or +44 20 7946 0958",
            "call [phone number removed] or [phone number removed]",
        ),
        (
            "I live in SW1A 1AA and work in m1 1ae",
            "I live in [postcode removed] and work in [postcode removed]",
        ),
        ("botox costs £180–£350 for 3 areas in 2026", "botox costs £180–£350 for 3 areas in 2026"),
    ],
)
def test_personal_details_are_scrubbed(text, expected):
    expected = expected.replace("[phone]", "[phone number removed]")
    assert privacy.scrub(text) == expected.replace("[postcode]", "[postcode removed]")
