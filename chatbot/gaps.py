"""The content-gaps report: questions the chatbot declined or that got a thumbs down,
grouped by meaning, so editors see what readers ask that our pages don't answer."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone

from . import embeddings
from .models import Exchange

# Two questions whose embeddings are at least this similar are "the same question".
SAME_QUESTION = 0.8
EXAMPLES = 3


@dataclass
class Gap:
    questions: list = field(default_factory=list)
    declined: int = 0
    thumbs_down: int = 0
    nearest: Counter = field(default_factory=Counter)
    centroid: object = None

    @property
    def count(self):
        return len(self.questions)

    @property
    def question(self):
        """The group's most typical wording: its most frequent question, else the first."""
        return Counter(self.questions).most_common(1)[0][0]

    @property
    def examples(self):
        return list(dict.fromkeys(self.questions))[:EXAMPLES]

    @property
    def nearest_page(self):
        """(title, url) of the page the chatbot found closest most often, or None."""
        if not self.nearest:
            return None
        return self.nearest.most_common(1)[0][0]


def gap_exchanges(days):
    since = timezone.now() - datetime.timedelta(days=days)
    return Exchange.objects.gaps().filter(created_at__gte=since).order_by("-created_at")


def group(exchanges):
    """Greedy grouping by cosine similarity to each group's running centroid."""
    rows = list(
        exchanges.values_list("question", "outcome", "rating", "nearest_title", "nearest_url")
    )
    if not rows:
        return []
    vectors = embeddings.embed([row[0] for row in rows])
    groups = []
    for (question, outcome, rating, title, url), vector in zip(rows, vectors, strict=True):
        best = max(groups, key=lambda gap: float(gap.centroid @ vector), default=None)
        if best is None or float(best.centroid @ vector) < SAME_QUESTION:
            best = Gap(centroid=vector)
            groups.append(best)
        else:
            total = best.centroid * best.count + vector
            best.centroid = total / (float((total @ total) ** 0.5) or 1.0)
        best.questions.append(question)
        best.declined += outcome == Exchange.Outcome.DECLINED
        best.thumbs_down += rating == Exchange.Rating.DOWN
        if url:
            best.nearest[(title, url)] += 1
    return sorted(groups, key=lambda gap: -gap.count)


def content_gaps(days=90):
    return group(gap_exchanges(days))
