import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

from .factories import VideoPageFactory

pytestmark = pytest.mark.django_db


def render(source, **context):
    request = RequestFactory().get("/")
    html = Template("{% load videos_tags %}" + source).render(
        Context({"request": request, **context})
    )
    return BeautifulSoup(html, "html.parser")


def titles(soup):
    return [link.get_text() for link in soup.select(".card-article__title a")]


def test_latest_videos_for_the_home_page(hub):
    for number in range(5):
        VideoPageFactory(parent=hub, title=f"Video {number}")
    soup = render('{% latest_videos 4 heading="Watch" %}')
    assert titles(soup) == ["Video 4", "Video 3", "Video 2", "Video 1"]
    assert soup.find("h2").get_text() == "Watch"
    assert soup.select_one(".home-section__head a")["href"] == "/videos/"


def test_latest_videos_shows_nothing_without_videos(hub):
    assert render("{% latest_videos %}").get_text(strip=True) == ""


def test_videos_about_a_treatment_or_an_article(hub, treatment, home_page):
    article = ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home_page))
    VideoPageFactory(parent=hub, title="About the treatment", treatments=[treatment])
    VideoPageFactory(parent=hub, title="About the article", articles=[article])
    about_treatment = render("{% videos_about page %}", page=treatment)
    assert titles(about_treatment) == ["About the treatment"]
    assert about_treatment.find("h2").get_text() == "Videos about this"
    assert titles(render("{% videos_about page %}", page=article)) == ["About the article"]
    assert render("{% videos_about page %}", page=home_page).get_text(strip=True) == ""
