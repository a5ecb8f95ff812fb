"""A reader on a phone plays a YouTube and a Vimeo video in an article: our own panels
until each click, then the host's privacy-minded player (whose request is aborted here)."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

from tests.articles.factories import (
    VIMEO_URL,
    YOUTUBE_URL,
    ArticlePageFactory,
    store_oembed,
    video_body,
)
from tests.e2e.conftest import PHONE, keep_to_this_machine


def test_article_videos_load_their_player_only_on_a_click(page: Page, live_server, news_index):
    store_oembed(YOUTUBE_URL, VIMEO_URL)
    article = ArticlePageFactory(
        parent=news_index, slug="videos", body=video_body(YOUTUBE_URL, VIMEO_URL)
    )
    blocked = keep_to_this_machine(page)
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}{article.url}")
    page.wait_for_load_state("networkidle")
    assert blocked == []
    expect(page.locator("iframe")).to_have_count(0)
    panels = page.locator(".video-embed .video-player__frame")
    expect(panels).to_have_count(2)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]

    players = [
        (
            "Anti-wrinkle injections, step by step",
            "www.youtube-nocookie.com",
            r"/embed/dQw4w9WgXcQ",
        ),
        ("Inside a laser clinic", "player.vimeo.com", r"/video/76979871"),
    ]
    for number, (title, host, path) in enumerate(players):
        with page.expect_request(lambda request, host=host: urlsplit(request.url).hostname == host):
            page.get_by_role("link", name=f"Play video: {title}").click()
        iframe = panels.nth(number).locator("iframe.video-player__iframe")
        expect(iframe).to_have_attribute("src", re.compile(rf"^https://{re.escape(host)}{path}\?"))
        expect(iframe).to_have_attribute("title", title)
    # Only the two players were asked for, each after its click (and aborted here).
    assert {urlsplit(url).hostname for url in blocked} == {host for _, host, _ in players}
