"""Visitors posting at once, each in their own thread and database connection."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.test import Client

from core.models import OutboundEmail
from questions.models import SUBMISSIONS_PER_HOUR, Question
from tests.questions.factories import AskAlicePageFactory

VISITORS = 50

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite",
        reason="SQLite serialises writers (database locked); run on PostgreSQL (CI does).",
    ),
]


@pytest.fixture
def site_tree(home_page, django_user_model):
    """home_page rebuilds the root, Locale and Site that a transactional flush removes."""
    django_user_model.objects.create_superuser("editor", "editor@example.com", "pw-1234567890")
    return AskAlicePageFactory(parent=home_page)


def post_question(number, address=None, email=None, text=None, start=None):
    """POST one question; `start` (a Barrier) lines the threads up to send together."""
    client = Client(REMOTE_ADDR=address or f"10.0.{number // 250}.{number % 250 + 1}")
    data = {
        "name": f"Visitor {'ABCDEFGHIJ'[number % 10]}",
        "email": email or f"visitor{number}@example.com",
        "question": text or f"Question {number}: how long does filler last?",
        "consent": "on",
    }
    try:
        if start is not None:
            start.wait()
        return client.post("/ask-alice/submit/", data).status_code
    finally:
        connections.close_all()


def all_at_once(posts):
    """Run each (args, kwargs) post in its own thread, released together."""
    start = threading.Barrier(len(posts))
    with ThreadPoolExecutor(max_workers=len(posts)) as pool:
        futures = [pool.submit(post_question, *a, start=start, **kw) for a, kw in posts]
        return [future.result() for future in futures]


def test_fifty_concurrent_submissions_store_fifty_rows(site_tree):
    with ThreadPoolExecutor(max_workers=10) as pool:
        codes = list(pool.map(post_question, range(VISITORS)))
    assert codes == [302] * VISITORS
    assert Question.objects.count() == VISITORS
    assert Question.objects.values("email").distinct().count() == VISITORS


TRIALS = 10


def test_the_same_question_sent_twice_at_once_is_stored_once(site_tree):
    """A double click, or a retry racing the first try: one row, one acknowledgement,
    one e-mail to the moderator, in every trial."""
    for trial in range(TRIALS):
        email = f"twice{trial}@example.com"
        same = {"email": email, "text": f"Trial {trial}: is lip filler reversible?"}
        codes = all_at_once([((trial,), same), ((trial,), same)])
        assert codes == [302, 302]
    assert Question.objects.count() == TRIALS
    to_askers = OutboundEmail.objects.exclude(to="editor@example.com")
    assert to_askers.count() == TRIALS
    assert OutboundEmail.objects.filter(to="editor@example.com").count() == TRIALS


def test_one_address_sending_many_at_once_gets_no_more_than_its_limit(site_tree):
    posts = [
        ((number,), {"address": "198.51.100.20"}) for number in range(SUBMISSIONS_PER_HOUR * 2)
    ]
    codes = all_at_once(posts)
    assert sorted(codes) == [302] * SUBMISSIONS_PER_HOUR + [429] * SUBMISSIONS_PER_HOUR
    assert Question.objects.count() == SUBMISSIONS_PER_HOUR
