import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import path

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.tweakments.factories import StandardPageFactory
from tweakments.models import HomePageFeaturedArticle, NavigationSettings, SiteSettings

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def test_home_page_shows_featured_then_latest(client, home_page, news):
    older = ArticlePageFactory(parent=news, title="Older", date="2025-01-01")
    newer = ArticlePageFactory(parent=news, title="Newer", date="2026-01-01")
    HomePageFeaturedArticle.objects.create(page=home_page, article=older, sort_order=0)
    response = client.get("/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.find("h1").get_text() == home_page.hero_heading
    featured = soup.select("#featured-heading ~ .card-grid .card-article__title a")
    latest = (
        soup.select("#latest-heading")[0].find_parent("section").select(".card-article__title a")
    )
    assert [a.get_text() for a in featured] == ["Older"]
    assert [a.get_text() for a in latest] == [newer.title]
    assert soup.find("script", type="application/ld+json")


def test_home_page_query_count_does_not_grow(
    client, home_page, news, django_assert_max_num_queries
):
    first = ArticlePageFactory(parent=news, topics=["A"])
    HomePageFeaturedArticle.objects.create(page=home_page, article=first, sort_order=0)
    client.get("/")
    with django_assert_max_num_queries(30) as few:
        client.get("/")
    few_count = len(few.captured_queries)
    for number in range(8):
        article = ArticlePageFactory(parent=news, topics=[f"T{number}"])
        HomePageFeaturedArticle.objects.create(page=home_page, article=article, sort_order=1)
    client.get("/")
    with django_assert_max_num_queries(few_count):
        client.get("/")


def test_base_layout_has_landmarks_skip_link_and_legal_links(client, home_page):
    terms = StandardPageFactory(parent=home_page, title="Terms and conditions", slug="terms")
    privacy = StandardPageFactory(parent=home_page, title="Privacy policy", slug="privacy")
    site_settings = SiteSettings.load()
    site_settings.terms_page, site_settings.privacy_page = terms, privacy
    site_settings.save()
    navigation = NavigationSettings.load()
    navigation.main_menu = [
        {"type": "link", "value": {"page": terms.pk, "external_url": "", "label": "Terms"}}
    ]
    navigation.save()
    soup = soup_of(client.get("/terms/"))
    assert soup.select_one("a.skip-link")["href"] == "#main"
    assert soup.find("main", id="main") and soup.find("header") and soup.find("footer")
    assert soup.find("form", role="search").find("label")
    assert soup.select_one(".site-nav a[aria-current=page]").get_text() == "Terms"
    footer_links = {a.get_text(): a["href"] for a in soup.select(".site-footer__links a")}
    assert footer_links["Terms and conditions"] == "/terms/"
    assert footer_links["Privacy policy"] == "/privacy/"


def test_security_headers(client, home_page):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_search_finds_pages_and_pages_through_results(client, home_page, news):
    for number in range(12):
        ArticlePageFactory(parent=news, title=f"Exosome story {number}")
    ArticlePageFactory(parent=news, title="Fillers")
    response = client.get("/search/", {"q": "exosome"})
    soup = soup_of(response)
    assert soup.select_one(".search-count").get_text() == "12 results"
    assert len(soup.select(".search-result")) == 10
    assert soup.select_one(".search-result__type").get_text() == "Article"
    page_two = soup_of(client.get("/search/", {"q": "exosome", "page": "2"}))
    assert len(page_two.select(".search-result")) == 2


def test_search_offers_to_post_a_question(client, home_page):
    ask = StandardPageFactory(parent=home_page, title="Ask Alice", slug="ask-alice")
    site_settings = SiteSettings.load()
    site_settings.ask_question_page = ask
    site_settings.save()
    soup = soup_of(client.get("/search/", {"q": "nothing matches this"}))
    assert soup.select_one(".search-count").get_text() == "0 results"
    link = soup.select_one(".ask-prompt a")
    assert link.get_text() == "Post a Question"
    assert link["href"] == "/ask-alice/?question=nothing%20matches%20this"


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "exosome", "page": "abc"},
        {"q": "exosome", "page": "-1"},
        {"q": "exosome", "page": "99999999"},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": 'AND OR NOT ( " * :'},
        {"q": ""},
        {},
    ],
)
def test_search_survives_junk(client, home_page, news, params):
    ArticlePageFactory(parent=news, title="Exosome story")
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


def test_long_search_is_cut_not_refused(client, home_page):
    soup = soup_of(client.get("/search/", {"q": "a" * 5000}))
    assert len(soup.select_one("#search-page-q")["value"]) == 200


def test_standard_page(client, home_page):
    StandardPageFactory(parent=home_page, title="About the guide", slug="about")
    soup = soup_of(client.get("/about/"))
    assert soup.find("h1").get_text() == "About the guide"
    assert "Plain words about the guide." in soup.select_one(".prose").get_text()


def test_friendly_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    soup = soup_of(response)
    assert "can't find that page" in soup.find("h1").get_text()
    assert soup.find("form", role="search")


def boom(request):
    raise RuntimeError("test failure")


urlpatterns = [path("boom/", boom)]


@override_settings(ROOT_URLCONF=__name__)
def test_friendly_500(client):
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert b"Sorry, something went wrong" in response.content


def test_sitemap_and_robots(client, home_page, news):
    article = ArticlePageFactory(parent=news, slug="exosomes")
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert f"/news/{article.slug}/".encode() in sitemap.content
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert b"Sitemap: http://testserver/sitemap.xml" in robots.content
