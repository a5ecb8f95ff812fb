"""What a question asks, which sentences state it, and which treatments it names."""

import pytest

from chatbot import kinds
from chatbot.facts import Treatment, named_in, names_of
from chatbot.nations import is_about_another_nation, nation_in, nations_in
from core.nations import Nation


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much does lip filler cost", ["cost"]),
        ("how much is botox", ["cost"]),
        ("whats the price of profhilo", ["cost"]),
        ("how long does lip filler last", ["duration"]),
        ("is laser hair removal permanent", ["duration"]),
        ("how long does the swelling last after filler", ["downtime"]),
        ("how much downtime after co2 laser", ["downtime"]),
        ("does hifu hurt", ["pain"]),
        ("how much does microneedling hurt", ["pain"]),
        ("can a beautician legally do my botox", ["who"]),
        ("is there a law on who can do fillers", ["who"]),
        ("botox side effects", ["risks"]),
        ("is it ok to get botox at a party", ["risks"]),
        ("what should i avoid after botox", ["aftercare"]),
        ("how many sessions of ipl do i need", ["sessions"]),
        ("is co2 laser ok for dark skin", ["suits"]),
        ("warning signs of a dodgy clinic", ["choosing"]),
        ("am i too young for botox at 38", ["age"]),
        ("what is profhilo", ["what"]),
        ("what are the risks of fat freezing", ["risks"]),
        ("do clinics pay to be in your articles", []),
        ("ipl for sun spots", []),
        ("is botox legal in scotland", ["who"]),
        ("what are the rules on lip filler in wales", ["who"]),
        ("what should i expect 3 days after filler", ["expect"]),
        ("is it normal to have bruising after lip filler", ["downtime", "expect"]),
        ("when should i worry after botox", ["expect"]),
        ("how do i complain about my injector", ["complain"]),
        ("my botox went wrong, who do i report it to", ["complain"]),
        ("how do i report a nurse", ["complain"]),
    ],
)
def test_the_kind_of_question(question, expected):
    assert [kind.name for kind in kinds.kinds_of(question)] == expected


@pytest.mark.parametrize(
    ("kind", "sentence", "heading", "states"),
    [
        (kinds.COST, "Typical UK cost: £250–£450 a session.", "", True),
        (kinds.COST, "Prices vary with where you live.", "What does it cost?", False),
        (kinds.DURATION, "Results typically last three to four months.", "", True),
        (kinds.DURATION, "Here's how it works and how long it lasts.", "", False),
        (kinds.DOWNTIME, "Expect redness like mild sunburn for a day or two.", "", True),
        (kinds.PAIN, "The injections feel like quick, sharp scratches.", "", True),
        (kinds.WHO, "Botulinum toxin is a prescription-only medicine.", "", True),
        (kinds.RISKS, "Swelling, lumps and, rarely, a blocked vessel.", "", True),
        (kinds.RISKS, "A short sentence.", "Risks and side effects", True),
        (kinds.RISKS, "A short sentence.", "What it is", False),
        (kinds.WHAT, "Vitamin C serum: £15–£80.", "", False),
        (kinds.WHAT, "Vitamin C is an antioxidant.", "", True),
    ],
)
def test_a_sentence_states_a_kind_or_not(kind, sentence, heading, states):
    assert kind.stated_by(sentence, heading) is states


def treatment(title, also_known_as=""):
    return Treatment(
        "page:1", title, "slug", "/t/", names_of(title, also_known_as), {}, frozenset()
    )


def test_treatments_are_named_by_title_other_names_and_short_title():
    lip = treatment("Lip filler", "Lip augmentation")
    dermal = treatment("Dermal fillers", "cheek filler")
    toxin = treatment("Anti-wrinkle injections", "Botox, tox")
    hifu = treatment("HIFU skin tightening", "Ultherapy")
    rf = treatment("RF microneedling", "Morpheus8")
    needling = treatment("Microneedling")
    every = [lip, dermal, toxin, hifu, rf, needling]
    assert named_in("how long does lip filler last", every) == [lip]
    assert named_in("how much are cheek fillers", every) == [dermal]
    assert named_in("what is filler made of", every) == [dermal]  # "Dermal" is generic
    assert named_in("3 days after lip filler", every) == [lip]
    assert named_in("is botox safe", every) == [toxin]
    assert named_in("anti-wrinkle injection prices", every) == [toxin]
    assert named_in("does hifu hurt", every) == [hifu]
    assert named_in("is morpheus8 better than microneedling", every) == [rf, needling]
    assert named_in("rf microneedling downtime", every) == [rf]


@pytest.mark.parametrize(
    ("question", "nation"),
    [
        ("is botox legal in Scotland?", Nation.SCOTLAND),
        ("can a beautician do lip filler in wales", Nation.WALES),
        ("and in northern ireland?", Nation.NORTHERN_IRELAND),
        ("what's the law for a scottish clinic", Nation.SCOTLAND),
        ("is botox legal in the uk", None),
        ("ireland", None),
    ],
)
def test_the_nation_a_question_names(question, nation):
    assert nation_in(question) == nation


def test_a_sentence_about_another_nation():
    england = "In England, since 2021, it is illegal to give it to under-18s."
    assert nations_in(f"{england} Wales licenses tattooing.") == [Nation.ENGLAND, Nation.WALES]
    assert is_about_another_nation(england, Nation.SCOTLAND)
    assert not is_about_another_nation(england, Nation.ENGLAND)
    assert not is_about_another_nation("Botulinum toxin is a medicine.", Nation.SCOTLAND)
