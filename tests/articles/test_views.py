import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ExpertFactory,
)
from tests.practitioners.factories import DirectoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def article(news):
    expert = ExpertFactory(name="Dr Dev Patel", job_title="Aesthetic doctor", clinic="Skin Co")
    return ArticlePageFactory(
        parent=news,
        title="What's the buzz about exosomes?",
        slug="exosomes",
        author=expert,
        topics=["Exosomes", "Regenerative aesthetics"],
        search_description="Exosomes explained.",
    )


def json_ld(html):
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]


def test_article_page_shows_its_parts(client, article):
    response = client.get("/news/exosomes/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h1").get_text() == "What's the buzz about exosomes?"
    assert len(soup.find_all("h1")) == 1
    assert soup.select_one(".expert-quote__name").get_text() == "Dr Dev Patel"
    assert "Aesthetic doctor, Skin Co" in soup.select_one(".expert-quote__title").get_text()
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/news/exosomes/"
    assert soup.find("meta", attrs={"name": "description"})["content"] == "Exosomes explained."
    assert soup.find("meta", property="og:image")["content"].startswith("http://testserver/")
    hero = soup.select_one(".article__hero img")
    assert hero["src"].endswith(".webp")
    assert hero.has_attr("srcset") and hero.has_attr("width") and hero.has_attr("height")
    topics = [a.get_text() for a in soup.select(".article__topics a")]
    assert topics == ["Exosomes", "Regenerative aesthetics"]
    assert soup.select_one(".share a[href*='facebook.com']")
    types = [item["@type"] for item in json_ld(response.content)]
    assert types == ["Article", "MedicalWebPage", "BreadcrumbList"]


def test_article_lists_related_articles(client, article, news):
    related = ArticlePageFactory(parent=news, title="Exosome facials", topics=["Exosomes"])
    response = client.get(article.url)
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text() for a in soup.select(".related .card-article__title a")]
    assert titles == [related.title]


def test_user_text_is_escaped_in_html_and_json_ld(client, news):
    nasty = "</script><script>alert(1)</script>"
    ArticlePageFactory(parent=news, slug="nasty", title=nasty, standfirst=nasty)
    response = client.get("/news/nasty/")
    assert b"<script>alert(1)" not in response.content
    article_ld = json_ld(response.content)[0]
    assert article_ld["headline"] == nasty


def test_index_is_paged_newest_first(client, news):
    for day in range(1, 15):
        ArticlePageFactory(parent=news, title=f"Day {day}", date=f"2026-03-{day:02d}")
    response = client.get("/news/")
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text() for a in soup.select(".card-article__title a")]
    assert titles[:2] == ["Day 14", "Day 13"] and len(titles) == 12
    assert soup.select_one("a[rel=next]")["href"] == "?page=2"
    page_two = BeautifulSoup(client.get("/news/?page=2").content, "html.parser")
    assert [a.get_text() for a in page_two.select(".card-article__title a")] == ["Day 2", "Day 1"]


@pytest.mark.parametrize("number", ["abc", "-1", "0", "99999999", "1.5", "<script>", "%00"])
def test_index_survives_junk_page_numbers(client, news, article, number):
    response = client.get("/news/", {"page": number})
    assert response.status_code == 200
    assert b"/news/exosomes/" in response.content


def test_topic_page_lists_only_that_topic(client, news, article):
    ArticlePageFactory(parent=news, title="Fillers explained", topics=["Fillers"])
    response = client.get("/news/topic/exosomes/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h1").get_text() == "Exosomes"
    assert [a.get_text() for a in soup.select(".card-article__title a")] == [article.title]
    assert soup.find("link", rel="canonical")["href"].endswith("/news/topic/exosomes/")
    current = soup.select_one(".topic-list a[aria-current=page]")
    assert current.get_text(strip=True).startswith("Exosomes")


@pytest.mark.parametrize("topic", ["no-such-topic", "x" * 300])
def test_unknown_topic_is_not_found(client, article, topic):
    assert client.get(f"/news/topic/{topic}/").status_code == 404


def test_topic_with_only_drafts_is_not_found(client, news):
    draft = ArticlePageFactory(parent=news, topics=["Secret"])
    draft.unpublish()
    assert client.get("/news/topic/secret/").status_code == 404


def test_rss_feed_lists_newest_articles(client, news, article):
    ArticlePageFactory(parent=news, title="Older news", date="2020-01-01")
    response = client.get("/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == [article.title, "Older news"]
    assert channel.find("item").findtext("link") == "http://testserver/news/exosomes/"


def test_article_page_query_count_does_not_grow(client, news, django_assert_max_num_queries):
    def build(topics, extra_related):
        article = ArticlePageFactory(parent=news, topics=topics)
        for _ in range(extra_related):
            ArticlePageFactory(parent=news, topics=topics)
        client.get(article.url)  # renditions are made on the first view
        return article

    small = build(["A"], 1)
    with django_assert_max_num_queries(15) as small_queries:
        client.get(small.url)
    # Read now: the next request resets the connection's query log.
    small_count = len(small_queries.captured_queries)
    big = build(["B", "C", "D", "E", "F"], 8)
    with django_assert_max_num_queries(small_count):
        client.get(big.url)


def test_index_query_count_does_not_grow(client, news, django_assert_max_num_queries):
    for _ in range(2):
        ArticlePageFactory(parent=news, topics=["A"])
    client.get("/news/")
    with django_assert_max_num_queries(10) as few:
        client.get("/news/")
    few_count = len(few.captured_queries)
    for number in range(10):
        ArticlePageFactory(parent=news, topics=[f"Topic {number}", "A"])
    client.get("/news/")
    with django_assert_max_num_queries(few_count):
        client.get("/news/")


def test_an_article_offers_the_compact_practitioner_search(client, home_page):
    DirectoryPageFactory(parent=home_page)
    news = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(parent=news)
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    box = page.select_one(".practitioner-box form")
    assert box["action"] == "/find-a-practitioner/"
    assert {field["name"] for field in box.select("[name]")} == {"postcode", "miles", "years"}
