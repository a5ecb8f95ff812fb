import pytest
from wagtail.models import Page

from articles.models import ArticlePage
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ExpertFactory,
    article_body,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def test_listing_is_live_and_newest_first(news):
    older = ArticlePageFactory(parent=news, date="2025-01-01")
    newer = ArticlePageFactory(parent=news, date="2026-01-01")
    draft = ArticlePageFactory(parent=news, date="2026-06-01")
    draft.unpublish()
    assert list(news.articles) == [newer, older]


def test_related_articles_prefer_shared_topics(news):
    article = ArticlePageFactory(parent=news, topics=["Exosomes", "Lasers"])
    both = ArticlePageFactory(parent=news, topics=["Exosomes", "Lasers"], date="2024-01-01")
    one = ArticlePageFactory(parent=news, topics=["Exosomes"], date="2026-05-01")
    unrelated = ArticlePageFactory(parent=news, topics=["Fillers"], date="2026-06-01")
    assert article.related_articles(limit=2) == [both, one]
    # With too few related ones the newest others fill the gaps.
    assert article.related_articles(limit=3)[2] == unrelated


def test_reading_time_counts_words_of_every_block(news):
    short = ArticlePageFactory(parent=news, body=article_body())
    long_body = article_body() + [{"type": "paragraph", "value": "<p>" + "word " * 2000 + "</p>"}]
    long = ArticlePageFactory(parent=news, body=long_body)
    assert short.reading_minutes == 1  # 163 words
    assert long.reading_minutes == 10  # 2,163 words at 220 a minute


def test_hero_alt_falls_back_to_image_description(news):
    article = ArticlePageFactory(parent=news, hero_image_alt="")
    article.hero_image.description = "A rose-coloured pattern"
    assert article.hero_alt == "A rose-coloured pattern"
    article.hero_image_alt = "Serum on skin"
    assert article.hero_alt == "Serum on skin"


def test_structured_data_has_article_and_breadcrumbs(news, rf):
    expert = ExpertFactory(name="Dr Kate Goldie", job_title="Aesthetic doctor")
    article = ArticlePageFactory(parent=news, author=expert, topics=["Exosomes"])
    request = rf.get("/")
    article_ld, medical_page, breadcrumbs = article.get_structured_data(request)
    assert article_ld["@type"] == "Article"
    assert article_ld["headline"] == article.title
    assert article_ld["author"]["name"] == "Dr Kate Goldie"
    assert article_ld["keywords"] == ["Exosomes"]
    assert article_ld["image"].startswith("http://testserver/")
    names = [item["name"] for item in breadcrumbs["itemListElement"]]
    assert names == ["Home", "News", article.title]


def test_expert_credentials():
    expert = ExpertFactory.build(job_title="Consultant plastic surgeon", clinic="")
    assert expert.credentials == "Consultant plastic surgeon"
    expert.clinic = "London Regenerative Institute"
    assert expert.credentials == "Consultant plastic surgeon, London Regenerative Institute"


def test_articles_only_live_under_the_news_index(home_page):
    assert ArticlePage.can_create_at(home_page) is False
    news = ArticleIndexPageFactory(parent=home_page)
    assert ArticlePage.can_create_at(news) is True
    assert Page.objects.type(ArticlePage).count() == 0
