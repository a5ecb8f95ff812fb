"""SectionIndexPage.find() keeps the section page in the shared cache until a page changes."""

import pytest
from django.test import RequestFactory

from articles.models import ArticleIndexPage
from tests.articles.factories import ArticleIndexPageFactory

pytestmark = pytest.mark.django_db


def find():
    return ArticleIndexPage.find(RequestFactory().get("/"))


def test_a_second_request_asks_no_database(home_page, django_assert_num_queries):
    news = ArticleIndexPageFactory(parent=home_page)
    assert find() == news
    with django_assert_num_queries(0):
        assert find() == news


def test_a_missing_section_is_remembered_too(home_page, django_assert_num_queries):
    assert find() is None
    with django_assert_num_queries(0):
        assert find() is None


def test_a_new_section_page_is_found_at_once(home_page):
    assert find() is None
    news = ArticleIndexPageFactory(parent=home_page)
    assert find() == news


def test_publishing_a_change_is_seen_at_once(home_page):
    news = ArticleIndexPageFactory(parent=home_page, title="News")
    assert find().title == "News"
    news.title = "Latest"
    news.save_revision().publish()
    assert find().title == "Latest"


def test_unpublishing_forgets_it(home_page):
    news = ArticleIndexPageFactory(parent=home_page)
    assert find() == news
    news.unpublish()
    assert find() is None


def test_an_ancestor_renamed_changes_its_url(home_page):
    news = ArticleIndexPageFactory(parent=home_page, slug="news")
    assert find().url_path.endswith("/news/")
    news.slug = "stories"
    news.save_revision().publish()
    assert find().url_path.endswith("/stories/")


def test_deleting_forgets_it(home_page):
    news = ArticleIndexPageFactory(parent=home_page)
    assert find() == news
    news.delete()
    assert find() is None
