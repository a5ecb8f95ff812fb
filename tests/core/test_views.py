import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import path

from core.models import SiteSettings
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def test_base_layout_has_landmarks_skip_link_and_legal_links(client, home_page):
    terms = StandardPageFactory(parent=home_page, title="Terms and conditions", slug="terms")
    privacy = StandardPageFactory(parent=home_page, title="Privacy policy", slug="privacy")
    site_settings = SiteSettings.load()
    site_settings.terms_page, site_settings.privacy_page = terms, privacy
    site_settings.save()
    navigation = SiteSettings.load()
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
