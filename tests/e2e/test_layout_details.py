"""Layout details a reader notices: even card grids, serif headings, phone breadcrumbs."""

import pytest
from playwright.sync_api import Page, expect

from tests.articles.factories import ArticlePageFactory


@pytest.fixture
def three_articles(journey_content):
    # journey_content has four articles; a fifth without a picture gets a designed card.
    return ArticlePageFactory(
        parent=journey_content["news"], title="No picture yet", slug="no-picture", hero_image=None
    )


def test_cards_share_headings_and_breadcrumbs(page: Page, live_server, three_articles):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/news/")
    cards = page.locator(".card-grid .card-article")
    tops = sorted({round(card.bounding_box()["y"]) for card in cards.all()})
    per_row = [
        sum(1 for card in cards.all() if round(card.bounding_box()["y"]) == top) for top in tops
    ]
    assert per_row[0] == 3, per_row  # three across, never four with a ragged row
    fallback = page.locator(".card-article:has-text('No picture yet') .card-article__image--none")
    expect(fallback).to_have_text("N")

    page.goto(live_server.url + "/news/exosomes/")
    heading_font = page.locator(".share__heading").evaluate("h => getComputedStyle(h).fontFamily")
    assert "Georgia" in heading_font

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/news/exosomes/")
    crumbs = page.get_by_role("navigation", name="Breadcrumb")
    expect(crumbs.locator("[aria-current=page]")).to_be_hidden()
    assert crumbs.bounding_box()["height"] < 40  # one line
