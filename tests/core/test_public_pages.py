"""SitePage querysets' public(): no query while no page is private, Wagtail's rule once one is."""

import pytest
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home_page):
    return ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home_page))


def test_no_restrictions_costs_one_query_then_none(article, django_assert_num_queries):
    assert list(ArticlePage.objects.live().public()) == [article]
    with django_assert_num_queries(1):  # the articles; the restrictions are remembered
        assert list(ArticlePage.objects.live().public()) == [article]


def test_a_private_page_is_left_out_at_once(article):
    assert list(ArticlePage.objects.live().public()) == [article]
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    assert list(ArticlePage.objects.live().public()) == []
