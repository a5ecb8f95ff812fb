"""The chat panel at phone and desktop widths: after each answer the question and the start
of the answer are in view (and the answer has focus); the panel never covers the page on
a wide screen; the launcher leaves room at the foot of the page; the conversation survives
a reload and a move to another page of the tab; closing offers the survey once."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.chatbot.conftest import build_site
from tests.e2e.conftest import PHONE

DESKTOP = {"width": 1280, "height": 800}
QUESTIONS = [
    "are exosomes legal in the UK?",
    "how much do they cost?",
    "how long does lip filler last",
]


@pytest.fixture
def chat_content(live_site):
    return build_site(live_site)


def box(locator):
    return locator.bounding_box()


def assert_answer_start_in_view(page, panel, exchange):
    """The question and the answer's first line are inside the panel's scrolling area, and
    the panel's header (its close button) is on screen."""
    body = box(panel.locator(".chat-panel__body"))
    question = box(exchange.locator(".chat-exchange__question"))
    start = box(exchange.locator(".chat-answer > *").first)
    close = box(panel.get_by_role("button", name="Close", exact=True))
    assert body["y"] - 1 <= question["y"] and question["y"] + question["height"] <= start["y"]
    assert start["y"] + 20 <= body["y"] + body["height"]
    assert close["y"] >= 0 and close["y"] + close["height"] <= page.viewport_size["height"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_panel_shows_each_answer_from_its_start(
    page: Page, live_server, chat_content, viewport
):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + chat_content["about"].url)
    opener = page.locator("[data-chat-open]")
    opener.click()
    panel = page.get_by_role("dialog", name="Ask the Tweakments chatbot")
    question = panel.get_by_label("Your question for the chatbot")
    for number, text in enumerate(QUESTIONS):
        question.fill(text)
        question.press("Enter")
        exchange = panel.locator(".chat-exchange").nth(number)
        expect(exchange.locator(".chat-answer")).to_be_focused()
        assert_answer_start_in_view(page, panel, exchange)
    assert page.evaluate("window.scrollY") == 0  # the page itself did not scroll

    if viewport is DESKTOP:
        # Docked beside the page, which makes room for it.
        main = box(page.locator("main"))
        assert main["x"] + main["width"] <= box(panel)["x"]
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    opener_box = box(opener)
    footer = box(page.locator("footer").last)
    if viewport is DESKTOP:
        assert footer["y"] + footer["height"] <= opener_box["y"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_conversation_survives_a_reload_and_a_page_change(
    page: Page, live_server, chat_content, viewport
):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + chat_content["about"].url)
    opener = page.locator("[data-chat-open]")
    opener.click()
    panel = page.get_by_role("dialog", name="Ask the Tweakments chatbot")
    question = panel.get_by_label("Your question for the chatbot")
    question.fill("are exosomes legal in the UK?")
    question.press("Enter")
    first = panel.locator(".chat-exchange").first
    first.get_by_role("button", name="Helpful", exact=True).click()
    expect(first.get_by_role("status")).to_have_text("Thanks: you rated this answer helpful.")

    page.reload()
    expect(panel).to_be_visible()  # it was open
    expect(opener).to_have_attribute("aria-expanded", "true")
    expect(panel.locator(".chat-exchange")).to_have_count(1)
    expect(first.get_by_role("button", name="Helpful", exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )

    first.get_by_role("link", name=re.compile("buzz about exosomes")).first.click()
    expect(page).to_have_url(re.compile(r"/news/exosomes/"))
    if viewport is PHONE:
        # The page the visitor chose to read is not hidden behind the panel.
        expect(panel).to_be_hidden()
        expect(opener).to_have_attribute("aria-expanded", "false")
        opener.click()
    expect(panel).to_be_visible()
    expect(panel.locator(".chat-exchange")).to_have_count(1)
    expect(panel.locator(".chat-exchange").first).to_contain_text("are exosomes legal")

    # A follow-up on the new page continues the same conversation.
    question.fill("how much do they cost?")
    question.press("Enter")
    expect(panel.locator(".chat-exchange").nth(1)).to_contain_text("£500 to £800")

    # Closing offers the survey once; closing again closes.
    panel.get_by_role("button", name="Close", exact=True).click()
    expect(panel.get_by_role("heading", name="Your feedback")).to_be_focused()
    expect(panel).to_contain_text("how your experience was")
    panel.get_by_role("button", name="Close", exact=True).click()
    expect(panel).to_be_hidden()
    expect(opener).to_have_text("Ask the chatbot")
    expect(opener).to_be_focused()
