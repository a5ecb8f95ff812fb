"""A reader finds an article by topic, on a phone and on a desktop."""

import re

import pytest
from playwright.sync_api import Page, expect

VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1280, "height": 900},
}


def assert_no_horizontal_scroll(page: Page):
    widths = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
    )
    assert widths["scroll"] <= widths["inner"], f"horizontal scroll at {page.url}: {widths}"


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=list(VIEWPORTS))
def test_reader_browses_news_by_topic_to_an_article(
    page: Page, live_server, journey_content, viewport
):
    page.set_viewport_size(viewport)

    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Honest advice on tweakments")
    assert_no_horizontal_scroll(page)

    nav = page.get_by_role("navigation", name="Main")
    if viewport["width"] < 768:  # phones open the menu first
        nav.get_by_text("Menu").click()
    nav.get_by_role("link", name="News").click()
    expect(page).to_have_url(live_server.url + "/news/")
    expect(page.get_by_role("heading", level=1)).to_have_text("News")
    expect(page.locator(".card-article")).to_have_count(4)
    assert_no_horizontal_scroll(page)

    topics = page.get_by_role("navigation", name="Topics")
    expect(topics.get_by_role("heading", name="Browse by topic")).to_be_visible()
    topics.get_by_role("link", name=re.compile(r"^Skin boosters")).click()
    expect(page).to_have_url(live_server.url + "/news/topic/skin-boosters/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Skin boosters")
    cards = page.locator(".card-article")
    expect(cards).to_have_count(2)
    expect(cards.filter(has_text="What's the buzz about exosomes?")).to_have_count(0)
    assert_no_horizontal_scroll(page)

    page.get_by_role("link", name="Skin boosters compared").click()
    expect(page).to_have_url(live_server.url + "/news/skin-boosters/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Skin boosters compared")

    quote = page.locator(".expert-quote").first
    expect(quote).to_be_visible()
    expect(quote.get_by_role("blockquote")).to_have_text("The science is remarkable.")
    expect(quote.locator(".expert-quote__name")).to_have_text("Dr Dev Patel")

    hero = page.locator(".article__hero img")
    expect(hero).to_be_visible()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=hero.element_handle(), timeout=10_000
    )
    assert hero.evaluate("img => img.naturalWidth") > 0
    assert_no_horizontal_scroll(page)
