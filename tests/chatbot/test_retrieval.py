"""Ranking prefers passages whose medical review is current, a little; an overdue page is
still found."""

import datetime

from chatbot import embeddings
from chatbot.retrieval import REVIEWED_BOOST, PassageIndex

TODAY = datetime.date.today()
TEXT = "Lip filler results last six to twelve months before a top-up is needed."


def row(source_key, last_reviewed=None, next_review_due=None):
    return {
        "source_key": source_key,
        "title": "Lip filler",
        "url": f"/{source_key}/",
        "heading": "",
        "anchor": "",
        "text": TEXT,
        "vector": embeddings.to_bytes(embeddings.embed([TEXT])[0]),
        "last_reviewed": last_reviewed,
        "next_review_due": next_review_due,
    }


def test_a_current_review_ranks_a_little_higher_and_overdue_pages_are_still_used():
    index = PassageIndex(
        [
            row("unreviewed"),
            row("overdue", TODAY - datetime.timedelta(days=400), TODAY - datetime.timedelta(1)),
            row("current", TODAY - datetime.timedelta(days=30), TODAY + datetime.timedelta(300)),
        ]
    )
    hits = index.search("how long does lip filler last", limit=3)
    assert [hit.passage.source_key for hit in hits][0] == "current"
    assert {hit.passage.source_key for hit in hits} == {"unreviewed", "overdue", "current"}
    scores = {hit.passage.source_key: hit.score for hit in hits}
    assert abs(scores["current"] - scores["unreviewed"] - REVIEWED_BOOST) < 1e-6
    assert abs(scores["overdue"] - scores["unreviewed"]) < 1e-6
    assert hits[0].passage.last_reviewed == TODAY - datetime.timedelta(days=30)
