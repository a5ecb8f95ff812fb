"""The treatments a question can name, and what their pages state in fields: the "At a
glance" box, the rules where you live, the aftercare care cards and the tracker's entries
that affect them.

"How much is lip filler?" is answered from the lip filler page's own fields, before any
quote; "is botox legal in Scotland?" from its rules for Scotland. Treatments are
recognised by their title, the other names editors give them ("Botox", "Morpheus8") and
their title without a generic word ("HIFU" for "HIFU skin tightening", "fillers" for
"Dermal fillers"). They are held in memory per process and reloaded with the passage index:
publishing or withdrawing a treatment page (or a tracker entry) changes its version.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch

from core.nations import Nation
from questions.models import Question
from rules.choices import Stage as RuleStage
from rules.models import RuleEntryPage
from treatments.models import TreatmentPage

from .extract import RULES_ANCHOR, TREATMENT_FACTS_ANCHOR, treatment_facts
from .indexing import page_key, question_key
from .retrieval import PerVersion, terms

# Words that name the kind of treatment rather than the treatment itself, at the start or
# the end of a title.
GENERIC_STARTS = ("dermal",)
GENERIC_ENDINGS = (
    "treatments",
    "injections",
    "therapy",
    "skin tightening",
    "resurfacing",
    "photofacial",
    "laser",
)


# Tracker entries that still bind someone booking now come first.
CURRENT_STAGES = (RuleStage.IN_FORCE, RuleStage.PASSED)


@dataclass(frozen=True)
class TrackerEntry:
    """A UK rules tracker entry that affects a treatment."""

    title: str
    url: str
    stage: str
    stage_label: str
    date: datetime.date
    nations: frozenset

    @property
    def is_current(self):
        return self.stage in CURRENT_STAGES


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
    last_reviewed: datetime.date | None = None
    next_review_due: datetime.date | None = None
    # Nation → its rules (treatments.where_you_live.RuleFact), and when they were checked.
    rules: dict | None = None
    rules_checked_on: datetime.date | None = None
    aftercare: tuple = ()  # treatments.aftercare.TimelineStage, in time order
    entries: tuple = ()  # TrackerEntry, latest first

    @property
    def link(self):
        return f"{self.url}#{TREATMENT_FACTS_ANCHOR}"

    def rules_link(self, nation):
        return f"{self.url}?nation={nation.value}#{RULES_ANCHOR}"

    def entries_in(self, nation):
        """The tracker's entries that affect it in `nation`: those in force or passed first."""
        entries = [entry for entry in self.entries if nation in entry.nations]
        return sorted(entries, key=lambda entry: not entry.is_current)

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
    while start := next((s for s in GENERIC_STARTS if short.lower().startswith(f"{s} ")), None):
        short = short[len(start) :].strip()
    names.append(short)
    return frozenset(tuple(terms(name)) for name in names if terms(name))


def discussed_in(page):
    return frozenset(
        [page_key(link.page_id) for link in page.article_links.all()]
        + [page_key(link.page_id) for link in page.video_links.all()]
        + [question_key(question.pk) for question in page.questions.all()]
    )


def tracker_entries():
    """Treatment id → the published tracker entries that affect it, latest first."""
    affecting = defaultdict(list)
    for entry in RuleEntryPage.objects.for_timeline():
        if entry.url is None:
            continue
        found = TrackerEntry(
            entry.title,
            entry.url,
            entry.stage,
            entry.get_stage_display(),
            entry.timeline_date,
            frozenset(entry.nations),
        )
        for treatment in entry.treatments.all():
            affecting[treatment.pk].append(found)
    return affecting


def load():
    entries = tracker_entries()
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
            page.last_reviewed,
            page.next_review_due,
            {nation: page.rules_for(nation) for nation in Nation},
            page.rules_checked_on,
            tuple(page.aftercare_timeline),
            tuple(entries.get(page.pk, ())),
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


_treatments = PerVersion(load)


def current_treatments(version):
    """The live treatments, reloaded when the passage index's `version` changes."""
    return _treatments.get(version)
