"""SectionIndexPage.find(): the home page's children read once per request, never kept
longer, so a change is seen by the next request."""

import pytest
from django.test import RequestFactory

from articles.models import ArticleIndexPage
from tests.articles.factories import ArticleIndexPageFactory
from treatments.models import TreatmentIndexPage

pytestmark = pytest.mark.django_db


def find(request=None):
    return ArticleIndexPage.find(request or RequestFactory().get("/"))


def test_one_query_a_request_finds_every_section(home_page, django_assert_num_queries):
    news = ArticleIndexPageFactory(parent=home_page)
    request = RequestFactory().get("/")
    with django_assert_num_queries(2):  # the Site, then the home page's children
        assert find(request) == news
        assert TreatmentIndexPage.find(request) is None
        assert find(request) == news


def test_the_section_is_its_own_type(home_page):
    ArticleIndexPageFactory(parent=home_page)
    assert isinstance(find(), ArticleIndexPage)


def test_a_new_section_page_is_found_by_the_next_request(home_page):
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


def test_a_private_section_is_not_linked(home_page):
    from wagtail.models import PageViewRestriction

    news = ArticleIndexPageFactory(parent=home_page)
    PageViewRestriction.objects.create(page=news, restriction_type="login")
    assert find() is None


def test_deleting_forgets_it(home_page):
    news = ArticleIndexPageFactory(parent=home_page)
    assert find() == news
    news.delete()
    assert find() is None
