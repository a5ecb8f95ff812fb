"""The header and footer menus are cached with their pages, and dropped when a page changes."""

import pytest

from core.models import NavigationSettings
from tests.articles.factories import ArticleIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_in_menu(home_page):
    news = ArticleIndexPageFactory(parent=home_page, title="News", slug="news")
    navigation = NavigationSettings.load()
    navigation.main_menu = [("link", {"page": news, "external_url": "", "label": ""})]
    navigation.save()
    return news


def menu_texts():
    return [link.text for link in NavigationSettings.load().main_links]


def test_the_menus_pages_come_from_the_cache(news_in_menu, django_assert_num_queries):
    assert menu_texts() == ["News"]
    with django_assert_num_queries(0):
        assert menu_texts() == ["News"]
        assert [link.url for link in NavigationSettings.load().main_links] == ["/news/"]


def test_a_renamed_page_shows_at_once_in_the_header(client, news_in_menu):
    assert ">News<" in client.get("/").content.decode()
    news_in_menu.title = "News and reviews"
    news_in_menu.save_revision().publish()
    assert menu_texts() == ["News and reviews"]
    assert ">News and reviews<" in client.get("/").content.decode()
