"""Ask Alice: server time of a question POST, and of the answers page with 1,000 answers.

Run with `.venv/bin/pytest -m bench tests/bench/bench_questions.py -s`.
"""

import datetime
import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.search.backends import get_search_backend

import questions.models
from questions.models import Question
from tests.articles.factories import ExpertFactory
from tests.questions.factories import AskAlicePageFactory

pytestmark = [pytest.mark.bench, pytest.mark.django_db]

ANSWERS = 1000
POSTS = 50
PAGE_LOADS = 20


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


@pytest.fixture
def answers(home_page):
    page = AskAlicePageFactory(parent=home_page)
    experts = [ExpertFactory() for _ in range(5)]
    now = timezone.now()
    rows = Question.objects.bulk_create(
        Question(
            name=f"Reader {n}",
            email=f"reader{n}@example.com",
            question=f"Question {n}: how long does {('filler', 'toxin', 'a peel')[n % 3]} last?",
            answer=f"<p>Answer {n}: months, depending on the product and the person.</p>",
            answered_by=experts[n % 5],
            status=Question.Status.PUBLISHED,
            published_at=now - datetime.timedelta(minutes=n),
        )
        for n in range(ANSWERS)
    )
    for n, question in enumerate(rows):
        question.tags.add(f"Topic {n % 8}")
    get_search_backend().add_bulk(Question, rows)
    return page


def test_submission_post(client, answers):
    number = iter(range(POSTS))

    def post():
        n = next(number)
        response = client.post(
            "/ask-alice/submit/",
            {
                "name": f"Visitor {chr(ord('A') + n % 26)}",  # names hold no digits
                "email": f"visitor{n}@example.com",
                "question": "Is it safe to combine a peel with microneedling?",
                "consent": "on",
            },
            REMOTE_ADDR=f"10.1.0.{n + 1}",
        )
        assert response.status_code == 302

    median, worst = timed(post, POSTS)
    print(
        f"\nquestion POST (save + 1 e-mail queued and sent): median {median:.1f} ms, "
        f"max {worst:.1f} ms over {POSTS}"
    )


@pytest.mark.parametrize("params", [{}, {"page": "50"}, {"topic": "topic-3"}, {"q": "filler"}])
def test_answers_page(client, answers, params):
    client.get("/ask-alice/", params)  # warm caches
    median, worst = timed(lambda: client.get("/ask-alice/", params), PAGE_LOADS)
    with CaptureQueriesContext(connection) as queries:
        client.get("/ask-alice/", params)
    print(
        f"\n/ask-alice/ {params or ''} with {ANSWERS} answers: median {median:.1f} ms, "
        f"max {worst:.1f} ms, {len(queries)} queries"
    )


def test_answers_page_queries_are_constant_in_page_size(client, answers, monkeypatch):
    counts = {}
    for size in (10, 50, 100):
        monkeypatch.setattr(questions.models, "ANSWERS_PER_PAGE", size)
        client.get("/ask-alice/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/ask-alice/")
        counts[size] = len(queries)
    print(f"\nqueries by page size: {counts}")
    assert len(set(counts.values())) == 1
