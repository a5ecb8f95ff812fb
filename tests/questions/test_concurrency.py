"""50 visitors posting at once, each in its own thread and database connection."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.test import Client

from questions.models import Question
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
def site_tree(home_page):
    """home_page rebuilds the root, Locale and Site that a transactional flush removes."""
    return AskAlicePageFactory(parent=home_page)


def post_question(number):
    try:
        response = Client(REMOTE_ADDR=f"10.0.{number // 250}.{number % 250 + 1}").post(
            "/ask-alice/submit/",
            {
                "name": f"Visitor {'ABCDEFGHIJ'[number % 10]}",
                "email": f"visitor{number}@example.com",
                "question": f"Question {number}: how long does filler last?",
                "consent": "on",
            },
        )
        return response.status_code
    finally:
        connections.close_all()


def test_fifty_concurrent_submissions_store_fifty_rows(site_tree):
    with ThreadPoolExecutor(max_workers=10) as pool:
        codes = list(pool.map(post_question, range(VISITORS)))
    assert codes == [302] * VISITORS
    assert Question.objects.count() == VISITORS
    assert Question.objects.values("email").distinct().count() == VISITORS
