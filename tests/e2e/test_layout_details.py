"""Layout details a reader notices: even card grids, serif headings, phone breadcrumbs."""

import pytest
from playwright.sync_api import Page, expect

from core.models import SiteSettings
from tests.articles.factories import ArticlePageFactory
from tests.e2e.conftest import PHONE
from tests.questions.factories import AskAlicePageFactory, QuestionFactory
from tests.treatments.factories import (
    ConcernFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)
from tests.videos.factories import VideoHubPageFactory, VideoPageFactory

LONG_QUESTION = (
    "My dentist has started offering anti-wrinkle injections. Is a dentist a good choice?"
)


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

    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    text = page.locator(".hero__panel").bounding_box()
    box = page.locator(".hero__feature").bounding_box()
    assert box["y"] >= text["y"] + text["height"] and box["x"] + box["width"] <= 390


def one_line(locator, line_height=32):
    return all(item.bounding_box()["height"] < line_height for item in locator.all())


def same_height(locator):
    """True when every item is as tall as the shortest: none has wrapped onto a second line."""
    heights = [item.bounding_box()["height"] for item in locator.all()]
    return max(heights) - min(heights) < 4


def test_breadcrumbs_sit_below_the_nav_and_keep_the_current_page(
    page: Page, live_server, journey_content
):
    hub = VideoHubPageFactory(parent=journey_content["home"])
    VideoPageFactory(parent=hub, title="Exosomes: what's legal in the UK", slug="exosomes-law")
    AskAlicePageFactory(parent=journey_content["home"])
    QuestionFactory(published=True, question=LONG_QUESTION)
    page.goto(live_server.url + "/ask-alice/")
    answer = page.locator("main a", has_text="My dentist").first.get_attribute("href")
    for width, height in ((390, 844), (1280, 900)):
        page.set_viewport_size({"width": width, "height": height})
        for path in ("/news/exosomes/", "/videos/exosomes-law/", answer):
            page.goto(live_server.url + path)
            crumbs = page.get_by_role("navigation", name="Breadcrumb")
            nav_bottom = page.locator(".site-nav").bounding_box()
            trail = crumbs.locator("ol")
            gap = trail.bounding_box()["y"] - (nav_bottom["y"] + nav_bottom["height"])
            assert gap >= 16, (width, path, gap)
            # The current page is shown on phones too, cut short with "…" when long.
            current = crumbs.locator("[aria-current=page]")
            expect(current).to_be_visible()
            assert current.evaluate("item => getComputedStyle(item).textOverflow") == "ellipsis"
            # One line: every "›" stays on the line of the crumb it leads to.
            assert trail.bounding_box()["height"] < 32, (width, path)
            assert one_line(crumbs.locator("li")), (width, path)
        if width == 390:
            assert current.evaluate("item => item.scrollWidth > item.clientWidth")  # cut short
        expect(current).to_have_text(LONG_QUESTION)  # whole for screen readers


def test_filter_chips_and_buttons_keep_to_one_line(page: Page, live_server, live_site):
    finder = TreatmentIndexPageFactory(parent=live_site)
    veins = ConcernFactory(name="Redness and thread veins", slug="redness")
    TreatmentPageFactory(parent=finder, title="Vascular laser", concerns=[veins])
    VideoPageFactory(parent=VideoHubPageFactory(parent=live_site), title="Calming red skin")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/tweakments/")
    chips = page.locator(".finder__option")
    expect(chips.first).to_be_visible()
    # The count stays on its chip's line, inside the chip.
    assert chips.count() >= 8 and same_height(chips)
    assert chips.evaluate_all("all => all.every(chip => chip.scrollWidth <= chip.clientWidth)")

    page.goto(live_server.url + "/videos/")
    page.get_by_label("Expert").select_option(index=1)
    page.get_by_role("button", name="Show videos").click()
    actions = page.locator(".video-filters__actions > *")
    expect(actions).to_have_text(["Show videos", "Clear filters"])
    assert one_line(actions, line_height=40)
    tops = {
        round(item.bounding_box()["y"] + item.bounding_box()["height"] / 2)
        for item in actions.all()
    }
    assert len(tops) == 1  # side by side


def test_the_demo_menu_fits_one_row_at_1280(page: Page, live_server, live_site):
    labels = ["News and reviews", "Tweakment Finder", "Ask Alice", "Find a Practitioner"]
    labels += ["UK rules", "Something went wrong?", "Video Hub"]
    navigation = SiteSettings.load()
    navigation.main_menu = [
        {"type": "link", "value": {"page": None, "external_url": f"/{n}/", "label": label}}
        for n, label in enumerate(labels)
    ]
    navigation.save()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/")
    tops = {
        round(box["y"])
        for box in page.locator(".site-nav__list a").evaluate_all(
            "links => links.map(link => link.getBoundingClientRect().toJSON())"
        )
    }
    assert len(tops) == 1


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_chat_button_steps_aside_while_a_reader_types_on_a_phone(
    browser, live_server, journey_content, javascript
):
    context = browser.new_context(java_script_enabled=javascript, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/search/")
    button = page.locator(".chat-widget__button")
    words = page.get_by_label("Search articles, treatments and answers")
    expect(button).to_be_visible()

    words.focus()
    expect(button).to_be_hidden()
    page.keyboard.type("does it hurt")
    expect(button).to_be_hidden()

    words.blur()
    expect(button).to_be_visible()
    page.set_viewport_size({"width": 1280, "height": 900})  # room enough beside the keyboard
    words.focus()
    expect(button).to_be_visible()
    context.close()
