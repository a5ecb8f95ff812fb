"""The chatbot on the demo content: answer quality and speed, and a 10,000-passage reindex.

Run with `.venv/bin/pytest -m bench tests/bench/bench_chatbot.py -s`. Aims (issue 11):
top-3 >= 90 %, every out-of-scope question declined, every emergency flagged,
p50 <= 50 ms and p95 <= 150 ms per answer, a 10,000-passage reindex under a minute.
"""

import json
import random
import statistics
import time

import pytest
from django.core.management import call_command

from chatbot import indexing
from chatbot.models import Passage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.chatbot.evaluation import ANSWERABLE, EMERGENCIES, FOLLOW_UPS, OUT_OF_SCOPE

pytestmark = [pytest.mark.bench, pytest.mark.django_db]

REINDEX_PAGES, SECTIONS_PER_PAGE = 100, 100


def ask(client, question, conversation=None):
    body = {"question": question}
    if conversation:
        body["conversation"] = conversation
    start = time.perf_counter()
    response = client.post("/chat/api/ask/", json.dumps(body), content_type="application/json")
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, response.content
    return response.json(), elapsed


def pages_of(data):
    return [source["url"].split("#")[0] for source in data["sources"]]


def answers(pages, expected):
    return any(page.startswith(prefix) for page in pages for prefix in expected)


def test_answer_quality_and_speed_on_the_demo_content(client):
    call_command("seed_demo", verbosity=0)
    call_command("chatbot_reindex", verbosity=0)
    ask(client, "warm up the model and the index")
    times, top1, top3, declined_answerable, misses = [], 0, 0, 0, []
    for question, expected in ANSWERABLE:
        data, elapsed = ask(client, question)
        times.append(elapsed)
        pages = pages_of(data)
        top1 += answers(pages[:1], expected)
        top3 += answers(pages[:3], expected)
        declined_answerable += data["handoff_url"] is not None
        if not answers(pages[:3], expected):
            misses.append(question)
    follow_ups = 0
    for first, second, expected in FOLLOW_UPS:
        data, _ = ask(client, first)
        data, elapsed = ask(client, second, data["conversation"])
        times.append(elapsed)
        follow_ups += answers(pages_of(data)[:3], expected)
    declined = 0
    for question in OUT_OF_SCOPE:
        data, elapsed = ask(client, question)
        times.append(elapsed)
        declined += data["handoff_url"] is not None and not data["sources"]
    urgent = 0
    for question in EMERGENCIES:
        data, elapsed = ask(client, question)
        times.append(elapsed)
        urgent += data["urgent"]

    n = len(ANSWERABLE)
    times.sort()
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
    all_declines = declined + declined_answerable
    print(
        f"\n{n} answerable questions: top-1 {top1 / n:.1%}, top-3 {top3 / n:.1%}"
        f" (missed: {misses})"
        f"\nfollow-ups answered from the right page: {follow_ups}/{len(FOLLOW_UPS)}"
        f"\ndecline recall {declined}/{len(OUT_OF_SCOPE)} = {declined / len(OUT_OF_SCOPE):.0%},"
        f" precision {declined}/{all_declines} = {declined / max(all_declines, 1):.0%}"
        f"\nurgent recall {urgent}/{len(EMERGENCIES)} = {urgent / len(EMERGENCIES):.0%}"
        f"\nanswer time through POST /chat/api/ask/ over {len(times)} questions:"
        f" p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms"
    )
    assert top3 / n >= 0.9
    assert declined == len(OUT_OF_SCOPE) and urgent == len(EMERGENCIES)


def test_reindex_of_ten_thousand_passages(home_page):
    rng = random.Random(11)
    vocabulary = [
        "filler",
        "toxin",
        "laser",
        "peel",
        "collagen",
        "skin",
        "booster",
        "needling",
        "exosome",
        "serum",
        "downtime",
        "swelling",
        "bruising",
        "clinic",
        "practitioner",
        "consultation",
        "price",
        "session",
        "result",
        "months",
        "regulated",
        "prescription",
        "safety",
        "aftercare",
        "sunscreen",
        "pigment",
        "redness",
        "texture",
        "lift",
    ]

    def paragraph():
        sentences = [
            " ".join(rng.choice(vocabulary) for _ in range(14)).capitalize() + "." for _ in range(9)
        ]
        return {"type": "paragraph", "value": "<p>" + " ".join(sentences) + "</p>"}

    news = ArticleIndexPageFactory(parent=home_page)
    for number in range(REINDEX_PAGES):
        body = []
        for section in range(SECTIONS_PER_PAGE):
            body.append({"type": "heading", "value": {"text": f"Part {section}", "level": "h2"}})
            body.append(paragraph())
        ArticlePageFactory(parent=news, slug=f"long-{number}", hero_image=None, body=body)
    start = time.perf_counter()
    count = indexing.reindex_all()
    elapsed = time.perf_counter() - start
    assert Passage.objects.count() == count >= 10_000
    print(f"\nfull reindex: {count} passages from {REINDEX_PAGES} pages in {elapsed:.1f} s")
    assert elapsed < 60
