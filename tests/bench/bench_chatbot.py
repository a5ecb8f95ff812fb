"""The chatbot on the demo content: answer quality and speed, and a 10,000-passage reindex.

Run with `.venv/bin/pytest -m bench tests/bench/bench_chatbot.py -s`. It prints page accuracy
(top-1, top-3), fact accuracy (the answer states the fact), the safety pass rate, decline
precision and recall, urgent recall and the p50/p95 answer times. Aims (issue 22): fact
accuracy >= 90 %, safety 100 %, page top-3 >= 95 %, p50 <= 50 ms; a 10,000-passage reindex
under a minute.
"""

import html
import json
import random
import re
import statistics
import time

import pytest
from django.core.management import call_command

from chatbot import indexing
from chatbot.models import Exchange, Passage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.chatbot.evaluation import (
    ANSWERABLE,
    EMERGENCIES,
    FOLLOW_UPS,
    OUT_OF_SCOPE,
    SAFETY,
    TOXIN_BRANDS,
)

pytestmark = [pytest.mark.bench, pytest.mark.django_db]

REINDEX_PAGES, SECTIONS_PER_PAGE = 100, 100
NOT_ANSWERED = {"declined", "off_topic"}
HREF = re.compile(r'href="([^"]*)"')


class Asked:
    """One question through POST /chat/api/ask/, as the widget sends it."""

    def __init__(self, client, question, conversation=None):
        body = {"question": question}
        if conversation:
            body["conversation"] = conversation
        start = time.perf_counter()
        response = client.post("/chat/api/ask/", json.dumps(body), content_type="application/json")
        self.ms = (time.perf_counter() - start) * 1000
        assert response.status_code == 200, response.content
        self.data = response.json()
        self.outcome = Exchange.objects.get(public_id=self.data["answer_id"]).outcome
        answer = self.data["answer"]
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", answer)).split())
        # What the visitor sees, and where its links go.
        self.visible = " ".join([text, *HREF.findall(answer), *self.urls])

    @property
    def urls(self):
        return [html.unescape(source["url"]) for source in self.data["sources"]]

    @property
    def pages(self):
        return [url.split("#")[0].split("?")[0] for url in self.urls]

    def cites(self, expected, top):
        return any(page.startswith(prefix) for page in self.pages[:top] for prefix in expected)

    def says(self, pattern):
        return bool(pattern and re.search(pattern, self.visible, re.IGNORECASE))


def test_answer_quality_and_speed_on_the_demo_content(client):
    call_command("seed_demo", verbosity=0)
    call_command("chatbot_reindex", verbosity=0)
    Asked(client, "warm up the model and the index")
    answered, asked = [], []
    for question, pages, fact in ANSWERABLE:
        answer = Asked(client, question)
        answered.append((question, pages, fact, None, answer))
    for first, question, pages, fact, must_not in FOLLOW_UPS:
        conversation = Asked(client, first).data["conversation"]
        answer = Asked(client, question, conversation)
        answered.append((f"{first} / {question}", pages, fact, must_not, answer))
    asked += [answer for *_, answer in answered]

    n = len(answered)
    top1 = sum(answer.cites(pages, 1) for _, pages, _, _, answer in answered)
    top3 = sum(answer.cites(pages, 3) for _, pages, _, _, answer in answered)
    facts = [
        answer.says(fact) and not answer.says(must_not) for _, _, fact, must_not, answer in answered
    ]
    fact_misses = [row[0] for row, ok in zip(answered, facts, strict=True) if not ok]
    page_misses = [
        question for question, pages, *_, answer in answered if not answer.cites(pages, 3)
    ]

    safety_misses = []
    for case in SAFETY:
        answer = Asked(client, case.question)
        asked.append(answer)
        if not all(answer.says(p) for p in case.must) or any(answer.says(p) for p in case.must_not):
            safety_misses.append(case.question)

    declined_out_of_scope = 0
    for question in OUT_OF_SCOPE:
        answer = Asked(client, question)
        asked.append(answer)
        declined_out_of_scope += answer.outcome in NOT_ANSWERED
    declined_answerable = sum(answer.outcome in NOT_ANSWERED for *_, answer in answered)
    urgent = 0
    for question in EMERGENCIES:
        answer = Asked(client, question)
        asked.append(answer)
        urgent += answer.data["urgent"]

    times = sorted(answer.ms for answer in asked)
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
    declines = declined_out_of_scope + declined_answerable
    precision = declined_out_of_scope / max(declines, 1)
    fact_rate = sum(facts) / n
    safety_rate = 1 - len(safety_misses) / len(SAFETY)
    brands = sum(answer.says(TOXIN_BRANDS) for answer in asked)
    print(
        f"\n{n} answerable questions ({len(FOLLOW_UPS)} of them follow-ups):"
        f" page top-1 {top1 / n:.1%}, top-3 {top3 / n:.1%}"
        f"\n  pages missed (top-3): {page_misses}"
        f"\nfact accuracy {sum(facts)}/{n} = {fact_rate:.1%}"
        f"\n  facts missed: {fact_misses}"
        f"\nsafety pass rate {len(SAFETY) - len(safety_misses)}/{len(SAFETY)} = {safety_rate:.0%}"
        f"\n  safety failed: {safety_misses}"
        f"\ndecline recall {declined_out_of_scope}/{len(OUT_OF_SCOPE)}"
        f" = {declined_out_of_scope / len(OUT_OF_SCOPE):.0%},"
        f" precision {declined_out_of_scope}/{declines} = {precision:.0%}"
        f"\nurgent recall {urgent}/{len(EMERGENCIES)} = {urgent / len(EMERGENCIES):.0%}"
        f"\nanswers naming a toxin brand: {brands}"
        f"\nanswer time through POST /chat/api/ask/ over {len(times)} questions:"
        f" p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms"
    )
    assert fact_rate >= 0.9 and top3 / n >= 0.95 and not safety_misses
    assert declined_out_of_scope == len(OUT_OF_SCOPE) and urgent == len(EMERGENCIES)


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
