"""SitePage querysets' public(): Wagtail's rule (no page with a view restriction on it or
above it) in the listing's own query, as SQL written out (core.models.InPrivateSection)."""

import pytest
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page, slug="news")


@pytest.fixture
def article(news):
    return ArticlePageFactory(parent=news)


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="login")


def test_with_no_restriction_public_pages_cost_the_listing_query_alone(
    article, django_assert_num_queries
):
    with django_assert_num_queries(1):
        assert list(ArticlePage.objects.live().public()) == [article]


def test_a_private_page_is_left_out_at_once(article):
    assert list(ArticlePage.objects.live().public()) == [article]
    restrict(article)
    assert list(ArticlePage.objects.live().public()) == []
    assert list(ArticlePage.objects.live().not_public()) == [article]


def test_a_private_section_hides_every_page_below_it_and_nothing_beside_it(home_page, news):
    other = ArticleIndexPageFactory(parent=home_page, slug="reviews")
    inside, beside = ArticlePageFactory(parent=news), ArticlePageFactory(parent=other)
    restrict(news)
    assert list(ArticlePage.objects.live().public()) == [beside]
    assert set(ArticlePage.objects.live().not_public()) == {inside}


def test_the_rule_holds_inside_another_query(home_page, news, article):
    beside = ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home_page, slug="reviews"))
    restrict(news)
    public_ids = ArticlePage.objects.live().public().values("pk")
    assert list(ArticlePage.objects.filter(pk__in=public_ids)) == [beside]
