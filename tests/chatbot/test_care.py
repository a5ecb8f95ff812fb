"""Aftercare questions: the stage after treatment a question names, the symptoms it names,
and the care-card signs that answer it."""

import pytest

from chatbot import care
from tests.chatbot.conftest import (
    LIPS_DAY_0_999,
    LIPS_DAY_0_NORMAL,
    LIPS_DAYS_1_3_NORMAL,
    lip_filler_aftercare,
)
from treatments.aftercare import AftercareBlock, Level, Stage, timeline


@pytest.fixture
def lips():
    return timeline(AftercareBlock().to_python(lip_filler_aftercare()))


@pytest.mark.parametrize(
    ("question", "stage"),
    [
        ("what should i expect 3 days after filler", Stage.DAYS_1_3),
        ("my lips are sore the day after lip filler", Stage.DAYS_1_3),
        ("is this normal 5 hours after botox", Stage.DAY_0),
        ("i just had lip filler, is the swelling normal", Stage.DAY_0),
        ("day 2 after filler and still swollen", Stage.DAYS_1_3),
        ("a week after botox my eyebrow droops", Stage.WEEKS_2),
        ("two weeks after filler", Stage.WEEKS_2),
        ("3 weeks post lip filler", Stage.LATER),
        ("a lump months after filler", Stage.LATER),
        ("is it normal to have bruising after lip filler", None),
        ("how long does lip filler last", None),
        ("3 days before my wedding can i have filler", None),
    ],
)
def test_the_stage_a_question_names(question, stage):
    assert care.stage_of(question) == stage


@pytest.mark.parametrize(
    ("text", "symptoms"),
    [
        ("is it normal to have bruising after lip filler", {"bruising"}),
        ("my lips are swollen and sore", {"swelling", "pain"}),
        ("the skin went white and blotchy", {"colour"}),
        ("i can't see properly", {"vision"}),
        ("what should i expect after filler", set()),
    ],
)
def test_the_symptoms_a_question_names(text, symptoms):
    assert care.symptoms_in(text) == symptoms


def texts(signs):
    return [sign.text for sign in signs]


def test_a_stage_gives_that_stages_cards(lips):
    signs = care.signs_for(lips, "what should i expect 3 days after lip filler")
    assert {sign.stage for sign in signs} == {Stage.DAYS_1_3}
    assert texts(signs)[0] == LIPS_DAYS_1_3_NORMAL
    assert [sign.anchor for sign in signs] == [
        "aftercare-days-1-3-normal",
        "aftercare-days-1-3-practitioner",
    ]


def test_a_stage_without_cards_falls_back_to_the_latest_before_it(lips):
    signs = care.signs_for(lips, "what is normal 2 months after lip filler")
    assert {sign.stage for sign in signs} == {Stage.WEEKS_2}


def test_a_symptom_narrows_to_the_signs_naming_it(lips):
    assert texts(care.signs_for(lips, "is it normal to have bruising after lip filler")) == [
        LIPS_DAY_0_NORMAL
    ]
    # At a stage where no sign names it, the stage's cards answer.
    signs = care.signs_for(lips, "bruising 3 days after lip filler, is that normal")
    assert texts(signs)[0] == LIPS_DAYS_1_3_NORMAL
    # A symptom no card names, at no stage: nothing to say from the cards.
    assert care.signs_for(lips, "is it normal to have a headache after lip filler") == []


def test_without_a_stage_or_symptom_what_is_normal_or_when_to_worry(lips):
    normal = care.signs_for(lips, "what should i expect after lip filler")
    assert {sign.level for sign in normal} == {Level.NORMAL}
    worry = care.signs_for(lips, "when should i worry after lip filler")
    assert Level.NORMAL not in {sign.level for sign in worry} and worry


def test_an_emergency_matches_its_card(lips):
    signs = care.urgent_signs(lips, "my lip went white after filler")
    assert texts(signs) == [LIPS_DAY_0_999] and signs[0].anchor == "aftercare-day-0-999"
    # Naming no symptom a card has: the 999 signs of the day of treatment.
    assert texts(care.urgent_signs(lips, "something is badly wrong with my lips")) == [
        LIPS_DAY_0_999
    ]
    assert care.urgent_signs((), "my lip went white") == []
