"""Hybrid retrieval over the passage table: our own full-text (BM25, any word may match)
and embedding similarity, combined by a second stage.

The passages are held in memory per process (a few MB for 10,000 passages) and reloaded
when `Passage.objects.version()` changes, which is one small query per question. The
full-text part is our own rather than the database's so that SQLite and PostgreSQL rank
alike and any word can match (PostgreSQL's plainto_tsquery wants every word).
"""

import datetime
import math
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from django.utils import timezone

from . import embeddings
from .models import Passage

WORD = re.compile(r"[a-z0-9£]+(?:['’][a-z]+)?")
STOPWORDS = frozenset(
    word
    for line in (Path(__file__).parent / "stopwords.txt").read_text().splitlines()
    if not line.startswith("#")
    for word in line.split()
)
# Second-stage weights and the BM25 constants, tuned on tests/chatbot/evaluation.py.
SEMANTIC_WEIGHT = 0.55
COVERAGE_WEIGHT = 0.30
BM25_WEIGHT = 0.15
# Extra for query words in a passage's page title or heading (what the passage is about).
CONTEXT_WEIGHT = 0.10
K1, B = 1.2, 0.75
FOLLOW_UP_BOOST = 0.05
# Extra for a passage of a health page or answer whose medical review is current (not
# overdue): reviewed pages are preferred a little; overdue ones are still used.
REVIEWED_BOOST = 0.02
# Words the site has never used count as this rare, so an unknown word lowers coverage.
UNKNOWN_IDF_FACTOR = 1.0


def stem(word):
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("es", "e"), ("s", "")):
        if len(word) > 4 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + replacement
    return word


def terms(text):
    stems = (stem(word) for word in WORD.findall(text.lower()) if word not in STOPWORDS)
    return [term for term in stems if term not in STOPWORDS]


# How visitors ask, mapped to the words our pages use (added to the query, never replacing).
# Most entries name an aspect of a treatment (cost, pain…); the others are names of one.
ASPECTS = [
    (r"\bhow much\b|\bprice[sy]?\b|\bexpensive\b|\bafford\b|\bcheapest\b", "cost price"),
    (r"\bhurts?\b|\bpainful\b|\bsore\b|\bsting\w*", "pain"),
    (r"\brecover\w*|\bdowntime\b|\bback to work\b|\bheal\w*", "downtime recovery"),
    (r"\blast(s|ing)?\b|\bwear off\b|\bpermanent\b", "results last"),
    (r"\blegal\b|\billegal\b|\ballowed\b|\blaw\b|\bbanned\b", "legal law regulation"),
    (r"\bsafe\b|\bdanger\w*|\brisk\w*|\bside effects?\b", "safety risks side effects"),
    (r"\bqualified\b|\bregistered\b|\bwho can (do|give|perform)\b", "qualified registration"),
    (r"\bwarning signs?\b|\bdodgy\b|\bcowboys?\b", "flags"),
    (r"\bbefore (a|an|my|the|your)\b|\bprep\b|\bget ready\b", "prepare preparing beforehand"),
    (r"\bwho('s| is)? (writes|runs|owns|edits|behind)\b|\bwho are you\b", "behind edited"),
]
NAMES = [(r"\bbotox\b|\btox\b", "anti-wrinkle injections")]
THESAURUS = [(re.compile(pattern, re.I), words) for pattern, words in ASPECTS + NAMES]


# The words visitors use for those aspects, kept out of a conversation's topic.
ASPECT_WORDS = (
    "hurt painful sore sting illegal allowed banned expensive cheap afford recover heal "
    "permanent danger dangerous qualified registered"
)


def aspect_terms():
    """Words about an aspect of a treatment rather than the treatment itself."""
    return frozenset(terms(" ".join([ASPECT_WORDS, *(words for _, words in ASPECTS)])))


def expand(query):
    """The query with the words our pages use for what the visitor asked."""
    extra = [words for pattern, words in THESAURUS if pattern.search(query)]
    return " ".join([query, *extra])


class TermGroup(frozenset):
    """A query word (`key`, None for a phrase such as "how much") and the words it stands for."""

    def __new__(cls, key, words):
        group = super().__new__(cls, words)
        group.key = key
        return group


def term_groups(query):
    """The query's terms, each with the words it stands for: a group is matched when any of
    its words is there, so "does it hurt" is answered by a page that says "pain"."""
    groups = {term: {term} for term in terms(query)}
    phrases = {}
    for pattern, words in THESAURUS:
        expansion = set(terms(words))
        for match in pattern.finditer(query):
            matched = terms(match.group(0))
            if not matched:  # "how much": all stopwords; join a group it overlaps, if any
                matched = [key for key, group in groups.items() if group & expansion][:1]
            if not matched:
                phrases.setdefault(words, set()).update(expansion)
            for term in matched:
                groups[term].update(expansion)
    return [TermGroup(key, words) for key, words in groups.items()] + [
        TermGroup(None, words) for words in phrases.values()
    ]


@dataclass
class Hit:
    passage: "IndexedPassage"
    score: float
    semantic: float
    coverage: float


@dataclass
class IndexedPassage:
    row: int
    source_key: str
    title: str
    url: str
    heading: str
    anchor: str
    text: str
    last_reviewed: datetime.date | None = None
    next_review_due: datetime.date | None = None

    @property
    def link(self):
        return f"{self.url}#{self.anchor}" if self.anchor else self.url


class PassageIndex:
    def __init__(self, rows, version=None):
        self.version = version
        self.passages = [
            IndexedPassage(
                n,
                row["source_key"],
                row["title"],
                row["url"],
                row["heading"],
                row["anchor"],
                row["text"],
                row.get("last_reviewed"),
                row.get("next_review_due"),
            )
            for n, row in enumerate(rows)
        ]
        count = len(self.passages)
        self.source_keys = np.array([passage.source_key for passage in self.passages])
        # The day (ordinal) each reviewed passage's next review is due; 0: not reviewed.
        self.review_due = np.array(
            [
                passage.next_review_due.toordinal()
                if passage.last_reviewed and passage.next_review_due
                else 0
                for passage in self.passages
            ],
            dtype=np.int64,
        )
        self.by_source = defaultdict(list)
        for passage in self.passages:
            self.by_source[passage.source_key].append(passage)
        self.vectors = (
            np.vstack([embeddings.from_bytes(row["vector"]) for row in rows])
            if rows
            else np.zeros((0, embeddings.DIMENSIONS), dtype=np.float32)
        )
        postings = defaultdict(list)
        context_postings = defaultdict(list)
        lengths = np.zeros(count, dtype=np.float32)
        for n, passage in enumerate(self.passages):
            for term in set(terms(f"{passage.title} {passage.heading}")):
                context_postings[term].append(n)
            words = terms(f"{passage.title} {passage.heading} {passage.text}")
            lengths[n] = len(words)
            for term, frequency in Counter(words).items():
                postings[term].append((n, frequency))
        self.context_rows = {
            term: np.array(rows_, dtype=np.int32) for term, rows_ in context_postings.items()
        }
        self.average_length = float(lengths.mean()) if count else 1.0
        self.lengths = lengths
        self.postings = {
            term: (
                np.array([n for n, _ in rows_], dtype=np.int32),
                np.array([f for _, f in rows_], dtype=np.float32),
            )
            for term, rows_ in postings.items()
        }
        self.idf = {
            term: math.log(1 + (count - len(rows_[0]) + 0.5) / (len(rows_[0]) + 0.5))
            for term, rows_ in self.postings.items()
        }
        self.unknown_idf = math.log(1 + (count + 0.5) / 0.5) * UNKNOWN_IDF_FACTOR

    def __len__(self):
        return len(self.passages)

    def knows(self, term):
        return term in self.postings

    def group_weight(self, group):
        """How telling a match of the group is: the rarity of the word the visitor typed, or
        for a phrase the commonest of its words (a word we never use counts as very rare)."""
        if group.key is not None:
            return self.idf.get(group.key, self.unknown_idf)
        known = [self.idf[term] for term in group if term in self.idf]
        return min(known) if known else self.unknown_idf

    def lexical(self, groups):
        """BM25 scores over every word of the groups, and the share of the groups' weight
        (idf) each passage matches."""
        count = len(self.passages)
        bm25 = np.zeros(count, dtype=np.float32)
        covered = np.zeros(count, dtype=np.float32)
        in_context = np.zeros(count, dtype=np.float32)
        total = sum(self.group_weight(group) for group in groups) or 1.0
        norm = K1 * (1 - B + B * self.lengths / self.average_length)
        for term in set().union(*groups) if groups else ():
            if term not in self.postings:
                continue
            rows, frequency = self.postings[term]
            bm25[rows] += self.idf[term] * frequency * (K1 + 1) / (frequency + norm[rows])
        for group in groups:
            matched = np.zeros(count, dtype=bool)
            for term in group:
                if term in self.postings:
                    matched[self.postings[term][0]] = True
            covered += matched * self.group_weight(group)
            matched = np.zeros(count, dtype=bool)
            for term in group:
                if term in self.context_rows:
                    matched[self.context_rows[term]] = True
            in_context += matched * self.group_weight(group)
        return bm25, covered / total, in_context / total

    def search(self, query, limit=5, boost_source=None, query_vector=None):
        """The best passages for `query`, best first."""
        if not self.passages:
            return []
        if query_vector is None:
            query_vector = embeddings.embed([expand(query)])[0]
        semantic = self.vectors @ query_vector
        bm25, coverage, in_context = self.lexical(term_groups(query))
        top_bm25 = float(bm25.max()) or 1.0
        score = (
            SEMANTIC_WEIGHT * semantic
            + COVERAGE_WEIGHT * coverage
            + BM25_WEIGHT * bm25 / top_bm25
            + CONTEXT_WEIGHT * in_context
        )
        score = score + REVIEWED_BOOST * (self.review_due >= timezone.localdate().toordinal())
        if boost_source:
            # A follow-up prefers the page the conversation was about.
            score = score + FOLLOW_UP_BOOST * (self.source_keys == boost_source)
        best = np.argsort(-score)[:limit]
        return [
            Hit(self.passages[n], float(score[n]), float(semantic[n]), float(coverage[n]))
            for n in best
        ]


class PerVersion:
    """What `load()` reads from the database, kept in memory per process and read again
    when the passage index's version changes (a page published, withdrawn or reindexed)."""

    def __init__(self, load):
        self.load = load
        self.lock = threading.Lock()
        self.version = self.value = None

    def get(self, version):
        with self.lock:
            if self.version != version:
                self.value = self.load()
                self.version = version
            return self.value


_lock = threading.Lock()
_cached = {"version": None, "index": None}


def current_index():
    """The in-memory index, rebuilt from the table when the passages have changed."""
    version = Passage.objects.version()
    with _lock:
        if _cached["version"] != version:
            rows = list(
                Passage.objects.order_by("source_key", "position").values(
                    "source_key",
                    "title",
                    "url",
                    "heading",
                    "anchor",
                    "text",
                    "vector",
                    "last_reviewed",
                    "next_review_due",
                )
            )
            _cached["index"] = PassageIndex(rows, version)
            _cached["version"] = version
        return _cached["index"]
