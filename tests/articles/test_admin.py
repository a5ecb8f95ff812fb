"""Editors list and add articles and treatments from the menu, newest articles first,
and a new article starts with the site's main author."""

import datetime

import pytest
from bs4 import BeautifulSoup

from articles.models import ArticlePage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory, ExpertFactory
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def test_articles_are_listed_newest_published_first_with_an_add_button(admin_client, news):
    for day, title in [(3, "Middle"), (9, "Newest"), (1, "Oldest")]:
        ArticlePageFactory(parent=news, title=title, date=datetime.date(2026, 5, day))
    page = soup(admin_client.get("/admin/articles/"))
    titles = [cell.get_text(" ", strip=True) for cell in page.select("tbody td.title a")]
    assert [t.split()[0] for t in titles if t.split()[0] in {"Newest", "Middle", "Oldest"}] == [
        "Newest",
        "Middle",
        "Oldest",
    ]
    assert "Published on" in page.select_one("thead").get_text()
    add = page.find("a", href="/admin/articles/choose_parent/")
    assert add is not None


def test_treatments_are_listed_a_to_z(admin_client, home_page):
    finder = TreatmentIndexPageFactory(parent=home_page)
    for title in ["Thread lift", "Anti-wrinkle injections", "HIFU"]:
        TreatmentPageFactory(parent=finder, title=title)
    page = soup(admin_client.get("/admin/treatments/"))
    titles = [a.get_text(strip=True) for a in page.select("tbody td.title .title-wrapper a")]
    assert titles == ["Anti-wrinkle injections", "HIFU", "Thread lift"]
    assert page.find("a", href="/admin/treatments/choose_parent/")


def test_the_menu_lists_articles_and_treatments(admin_client, home_page):
    html = admin_client.get("/admin/").content.decode()
    assert "/admin/articles/" in html and "/admin/treatments/" in html


def test_a_new_article_starts_with_the_main_author(admin_client, news):
    ExpertFactory(name="Dr Dev Patel")
    alice = ExpertFactory(name="Alice Hart-Davis", is_main_author=True)
    assert ArticlePage().author_id == alice.pk
    page = soup(admin_client.get(f"/admin/pages/add/articles/articlepage/{news.pk}/"))
    chosen = page.select_one("[name=author]")
    assert chosen.get("value") == str(alice.pk) or chosen.find(
        "option", selected=True, value=str(alice.pk)
    )


def test_without_a_main_author_a_new_article_has_none():
    assert ArticlePage().author_id is None


def test_the_tree_root_points_editors_to_the_home_page(admin_client, home_page):
    text = soup(admin_client.get("/admin/pages/")).get_text()
    assert "Configure a site now" not in text
    assert "The site's pages all sit under its home page" in text
