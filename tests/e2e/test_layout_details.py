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


def test_newsletter_topics_line_up_in_columns_under_a_readable_lead(
    page: Page, live_server, journey_content
):
    # Topics of very different lengths, which used to leave each row's boxes at other offsets.
    ArticlePageFactory(
        parent=journey_content["news"],
        topics=["Prices", "Lasers and energy devices", "Safety and regulation", "Skincare"],
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/newsletter/")
    # Lead paragraphs in Bootstrap's weight 300 read washed out; ours are 400.
    assert page.locator("p.lead").first.evaluate("p => getComputedStyle(p).fontWeight") == "400"
    boxes = page.locator(".newsletter-form__topics input[type=checkbox]").all()
    assert len(boxes) == 7
    places = [(round(box.bounding_box()["y"]), round(box.bounding_box()["x"])) for box in boxes]
    first_row = [x for y, x in places if y == places[0][0]]
    assert len(first_row) > 1
    assert {x for _, x in places} == set(first_row)  # every box sits in one of the columns


def test_the_home_hero_fills_its_right_half_and_stacks_on_phones(
    page: Page, live_server, journey_content
):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/")
    text = page.locator(".hero__panel").bounding_box()
    feature = page.locator(".hero__feature")
    expect(feature.locator(".card-article")).to_be_visible()
    box = feature.bounding_box()
    assert box["x"] >= text["x"] + text["width"] and box["x"] + box["width"] > 1000

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    text = page.locator(".hero__panel").bounding_box()
    box = page.locator(".hero__feature").bounding_box()
    assert box["y"] >= text["y"] + text["height"] and box["x"] + box["width"] <= 390
