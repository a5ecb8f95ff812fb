"""'How do I complain about my injector?': the routes of the "Something went wrong?"
guide (rules.ComplaintsGuidePage), in the order to try them, each step linked. A
profession the question names narrows the regulators to its own ("my nurse": the NMC); a
nation narrows the bodies that register clinics to its own.

The guide is held in memory with the passage index: a change to a route reindexes the guide
(chatbot.signals), which changes the index's version.
"""

import re
from dataclasses import dataclass

from rules.choices import RouteKind
from rules.models import ComplaintsGuidePage

from .extract import sentences
from .retrieval import PerVersion

# Words for a practitioner, by the register of their regulator.
PROFESSIONS = {
    "GMC": r"\b(doctors?|gps?|surgeons?|dermatologists?|gmc)\b",
    "NMC": r"\b(nurses?|nmc)\b",
    "GDC": r"\b(dentists?|gdc)\b",
    "GPhC": r"\b(pharmacists?|chemists?|gphc)\b",
    "HCPC": r"\b(hcpc|paramedics?|physiotherapists?)\b",
}


@dataclass(frozen=True)
class Route:
    name: str
    register: str
    nation: str
    advice: str  # what it is for, in the guide's first sentence


@dataclass(frozen=True)
class Step:
    label: str
    kind: int
    link: str
    routes: tuple


@dataclass(frozen=True)
class Guide:
    title: str
    url: str
    steps: tuple


def load():
    page = ComplaintsGuidePage.objects.live().public().first()
    if page is None or page.url is None:
        return None
    steps = tuple(
        Step(
            kind.label,
            kind.value,
            f"{page.url}#step-{kind.value}",
            tuple(
                Route(route.name, route.register, route.nation, first(route.when_to_use))
                for route in routes
            ),
        )
        for kind, routes in page.steps
    )
    return Guide(page.title, page.url, steps)


def first(text):
    found = sentences(" ".join(text.split()))
    return found[0] if found else ""


_guide = PerVersion(load)


def current_guide(version):
    return _guide.get(version)


def registers_named(question):
    return {register for register, words in PROFESSIONS.items() if re.search(words, question, re.I)}


def steps_for(guide, question, nation=None):
    """The guide's steps with the routes open to the asker: a named profession's regulator
    (all of them if none is named), the clinic bodies of a named nation (all if none)."""
    registers = registers_named(question)
    chosen = []
    for step in guide.steps:
        routes = [
            route
            for route in step.routes
            if (not registers or step.kind != RouteKind.REGULATOR or route.register in registers)
            and (nation is None or not route.nation or route.nation == nation)
        ]
        if routes:
            chosen.append((step, routes))
    return chosen
