"""The treatments a question can name, and the facts of their "At a glance" box.

"How much is lip filler?" is answered from the lip filler page's own fields, before any
quote. Treatments are recognised by their title, the other names editors give them
("Botox", "Morpheus8") and their title without a generic ending ("HIFU" for "HIFU skin
tightening"). They are held in memory per process and reloaded with the passage index:
publishing or withdrawing a treatment page changes the passages' version.
"""

import threading
from dataclasses import dataclass

from django.db.models import Prefetch

from questions.models import Question
from treatments.models import TreatmentPage

from .extract import TREATMENT_FACTS_ANCHOR, treatment_facts
from .indexing import page_key, question_key
from .retrieval import terms

# Endings that name the kind of treatment rather than the treatment itself.
GENERIC_ENDINGS = (
    "treatments",
    "injections",
    "therapy",
    "skin tightening",
    "resurfacing",
    "photofacial",
    "laser",
)


@dataclass(frozen=True, eq=False)
class Treatment:
    source_key: str
    title: str
    slug: str
    url: str
    names: frozenset  # tuples of terms
    facts: dict  # what extract.treatment_facts says, plus the summary
    # Source keys of the articles, videos and answers editors linked to it.
    discussed_in: frozenset

    @property
    def link(self):
        return f"{self.url}#{TREATMENT_FACTS_ANCHOR}"

    def is_named_in(self, text):
        return bool(named_in(text, [self]))

    def facts_for(self, kind):
        """The box's sentences that answer a kind of question, as the page words them."""
        return [self.facts[name] for name in kind.facts if self.facts.get(name)]


def names_of(title, also_known_as=""):
    names = [title, *also_known_as.split(",")]
    short = title.split(" for ")[0].strip()
    while ending := next((e for e in GENERIC_ENDINGS if short.lower().endswith(f" {e}")), None):
        short = short[: -len(ending)].strip()
    names.append(short)
    return frozenset(tuple(terms(name)) for name in names if terms(name))


def discussed_in(page):
    return frozenset(
        [page_key(link.page_id) for link in page.article_links.all()]
        + [page_key(link.page_id) for link in page.video_links.all()]
        + [question_key(question.pk) for question in page.questions.all()]
    )


def load():
    pages = (
        TreatmentPage.objects.live()
        .public()
        .prefetch_related(
            "concerns",
            "areas",
            "article_links",
            "video_links",
            Prefetch("questions", queryset=Question.objects.only("pk")),
        )
    )
    return [
        Treatment(
            page_key(page.pk),
            page.title,
            page.slug,
            page.url,
            names_of(page.title, page.also_known_as),
            {"summary": page.summary, **treatment_facts(page)},
            discussed_in(page),
        )
        for page in pages
        if page.url is not None
    ]


def named_in(text, treatments):
    """The treatments `text` names, in the order it names them. Where names overlap, the
    longer wins: "rf microneedling" is not also "microneedling"."""
    words = terms(text)
    matches = [
        (start, start + len(name), treatment)
        for treatment in treatments
        for name in treatment.names
        for start in range(len(words) - len(name) + 1)
        if tuple(words[start : start + len(name)]) == name
    ]
    matches.sort(key=lambda match: (match[0] - match[1], match[0]))  # longest first
    taken, found = set(), []
    for start, end, treatment in matches:
        if taken.isdisjoint(range(start, end)):
            taken.update(range(start, end))
            found.append((start, treatment))
    ordered = [treatment for _, treatment in sorted(found, key=lambda item: item[0])]
    return list(dict.fromkeys(ordered))


_lock = threading.Lock()
_cached = {"version": None, "treatments": []}


def current_treatments(version):
    """The live treatments, reloaded when the passage index's `version` changes."""
    with _lock:
        if _cached["version"] != version:
            _cached["treatments"] = load()
            _cached["version"] = version
        return _cached["treatments"]
