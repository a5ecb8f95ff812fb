"""A visitor on a phone asks the chat panel what is normal three days after lip filler and
follows the answer's link to the care card; asks whether lip filler is legal in Scotland
and, after "and in Wales?", follows the link to the rules box switched to Wales; then asks
how to complain and lands on the guide's step. Each source carries its review date."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.chatbot.conftest import LIPS_DAYS_1_3_NORMAL, build_site


@pytest.fixture
def chat_content(live_site):
    return build_site(live_site)


def ask(panel, question, number):
    box = panel.get_by_label("Your question for the chatbot")
    box.fill(question)
    box.press("Enter")
    exchange = panel.locator(".chat-exchange").nth(number)
    expect(exchange.locator(".chat-answer")).to_be_focused()
    return exchange


def test_rules_aftercare_and_complaints_from_the_chat_panel(page: Page, live_server, chat_content):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + chat_content["lip_filler"].url)
    page.locator("[data-chat-open]").click()
    panel = page.get_by_role("dialog", name="Ask the Tweakments chatbot")

    care = ask(panel, "what should i expect 3 days after lip filler", 0)
    expect(care).to_contain_text(LIPS_DAYS_1_3_NORMAL)
    expect(care).to_contain_text("Reviewed January 2024")
    care.get_by_role("link", name="What is normal").click()
    expect(page).to_have_url(re.compile(r"/tweakments/lip-filler/#aftercare-days-1-3-normal$"))
    expect(page.locator("#aftercare-days-1-3-normal")).to_be_in_viewport()

    page.locator("[data-chat-open]").click()  # the panel closed to show the page
    expect(panel.locator(".chat-exchange")).to_have_count(1)
    rules = ask(panel, "is lip filler legal in scotland?", 1)
    expect(rules).to_contain_text("Lip filler in Scotland")
    expect(
        rules.get_by_role("link", name="Scotland's Non-surgical Procedures Act 2026")
    ).to_have_attribute("href", "/uk-rules/scotland-act/")
    wales = ask(panel, "and in Wales?", 2)
    expect(wales).to_contain_text("Lip filler in Wales")
    expect(wales).not_to_contain_text("Healthcare Improvement Scotland")
    wales.get_by_role("link", name="Lip filler: Rules where you live").first.click()
    expect(page).to_have_url(re.compile(r"/tweakments/lip-filler/\?nation=wales#rules$"))
    expect(page.locator("#rules-wales")).to_be_visible()
    expect(page.locator("#rules-scotland")).to_be_hidden()

    page.locator("[data-chat-open]").click()
    complain = ask(panel, "how do i complain about my injector", 3)
    steps = complain.locator("ol.chat-answer__items > li")
    expect(steps.first).to_contain_text("Talk to the practitioner")
    complain.get_by_role("link", name="Their professional regulator").click()
    expect(page).to_have_url(re.compile(r"/something-went-wrong/#step-2$"))
    expect(page.locator("#step-2")).to_contain_text("General Medical Council (GMC)")
