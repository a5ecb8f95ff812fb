import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory

import core.panels
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

from .factories import VideoPageFactory

pytestmark = pytest.mark.django_db


def render(source, **context):
    request = RequestFactory().get("/")
    html = Template("{% load videos_tags %}" + source).render(
        Context({"request": request, **context})
    )
    return BeautifulSoup(html, "html.parser")


def render_panels(page):
    panels = core.panels.page_panels(page, RequestFactory().get("/"))
    return render("{% load site_tags %}{% page_panels panels %}", page=page, panels=panels)


def titles(soup):
    return [link.get_text() for link in soup.select(".card-article__title a")]


def test_home_videos_section_shows_the_newest(client, hub, home_page):
    for number in range(5):
        VideoPageFactory(parent=hub, title=f"Video {number}")
    home_page.sections = [{"type": "videos", "value": {"heading": "Watch", "rows": 1}}]
    home_page.save()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    section = soup.select_one("#home-videos-heading").find_parent("section")
    assert titles(section) == ["Video 4", "Video 3", "Video 2", "Video 1"]
    assert section.find("h2").get_text() == "Watch"
    assert section.select_one(".home-section__head a")["href"] == "/videos/"


def test_home_videos_section_shows_nothing_without_videos(client, hub, home_page):
    home_page.sections = [{"type": "videos", "value": {"heading": "Watch", "rows": 1}}]
    home_page.save()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one("#home-videos-heading") is None


def test_videos_about_a_treatment_or_an_article(hub, treatment, home_page):
    article = ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home_page))
    VideoPageFactory(parent=hub, title="About the treatment", treatments=[treatment])
    VideoPageFactory(parent=hub, title="About the article", articles=[article])
    about_treatment = render_panels(treatment)
    assert "About the treatment" in titles(about_treatment)
    assert about_treatment.select_one("#related-videos-heading").get_text() == "Videos about this"
    about_article = render_panels(article)
    assert "About the article" in titles(about_article)
    assert "About the treatment" not in titles(about_article)
