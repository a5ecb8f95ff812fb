"""The demo's medical review: every health page and answer reviewed, sourced and signed off
by a registered reviewer, the workflow and its reviewer, and the editorial policy."""

import pytest

from demo import content

pytestmark = pytest.mark.django_db


def test_the_review_content_names_only_known_sources_and_every_health_page():
    sources = content.load("review", "sources")
    reviews = content.load("review", "reviews")
    assert all(source.get("url") or source.get("doi") for source in sources.values())
    used = {
        key for section in reviews.values() for data in section.values() for key in data["sources"]
    }
    assert used <= set(sources)
    assert set(reviews["articles"]) == {page["slug"] for page in content.load_pages("articles")}
    assert set(reviews["treatments"]) == {p["slug"] for p in content.load_pages("treatments")}
    assert set(reviews["videos"]) == {page["slug"] for page in content.load_pages("videos")}
    emails = {question["email"] for question in content.load("questions", "questions")["questions"]}
    assert set(reviews["answers"]) == emails
