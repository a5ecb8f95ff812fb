"""A visitor on a phone opens the chat widget, gets a quoted answer with its source, asks a
follow-up, presses "Helpful", asks something our pages don't answer, fills the survey the
third answer brings, and follows the hand-off to Ask Alice with the question filled in."""

import re

import pytest
from playwright.sync_api import Page, expect

from chatbot.models import Exchange, SurveyResponse
from tests.chatbot.conftest import LEGAL_SENTENCE, build_site

NOT_COVERED = "what gets rid of cellulite"


@pytest.fixture
def chat_content(live_site):
    return build_site(live_site)


def test_visitor_chats_rates_and_is_handed_to_ask_alice(page: Page, live_server, chat_content):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + chat_content["about"].url)

    opener = page.locator("[data-chat-open]")
    expect(opener).to_have_attribute("aria-expanded", "false")
    expect(opener).to_have_text("Ask the chatbot")
    opener.click()
    panel = page.get_by_role("dialog", name="Ask the Tweakments chatbot")
    expect(panel).to_be_visible()
    expect(opener).to_have_attribute("aria-expanded", "true")
    expect(opener).to_have_text("Close the chatbot")
    question = panel.get_by_label("Your question for the chatbot")
    expect(question).to_be_focused()

    question.fill("are exosomes legal in the UK?")
    panel.get_by_role("button", name="Ask", exact=True).click()
    first = panel.locator(".chat-exchange").nth(0)
    expect(first.locator("blockquote", has_text=LEGAL_SENTENCE)).to_be_visible()
    source = first.get_by_role("link", name=re.compile("buzz about exosomes")).first
    expect(source).to_have_attribute("href", re.compile(r"^/news/exosomes/#are-human-derived"))
    expect(first).to_contain_text("not medical advice")
    expect(first.locator(".chat-answer")).to_be_focused()
    expect(panel.locator(".chat-survey")).to_have_count(0)  # not under the first answer

    question.fill("how much do they cost?")
    question.press("Enter")
    second = panel.locator(".chat-exchange").nth(1)
    expect(second).to_contain_text("£500 to £800")
    helpful = second.get_by_role("button", name="Helpful", exact=True)
    helpful.click()
    expect(second.get_by_role("status")).to_have_text("Thanks: you rated this answer helpful.")
    expect(helpful).to_have_attribute("aria-pressed", "true")
    expect(second.get_by_role("button", name="Too vague")).to_have_attribute(
        "aria-pressed", "false"
    )

    question.fill(NOT_COVERED)
    question.press("Enter")
    third = panel.locator(".chat-exchange").nth(2)
    expect(third).to_contain_text("couldn't find a good answer")
    expect(third.locator("blockquote")).to_have_count(0)

    survey = panel.locator(".chat-survey")  # after a few questions
    survey.get_by_role(
        "group", name="Was the chatbot helpful in finding what you were looking for today?"
    ).get_by_label("Yes").check()
    survey.get_by_label(re.compile("In a few words")).first.fill("It quoted the article")
    survey.get_by_role(
        "group", name="Would you use the chatbot next time you visit the website?"
    ).get_by_label("Yes").check()
    survey.get_by_label("4").check()
    survey.get_by_role("button", name="Send feedback").click()
    expect(panel.get_by_text("Thank you for your feedback.")).to_be_visible()

    third.get_by_role("link", name="Ask Alice instead").click()
    expect(page).to_have_url(re.compile(r"/ask-alice/\?question="))
    expect(page.locator("#ask").get_by_label("Your question for Alice")).to_have_value(NOT_COVERED)

    rated = Exchange.objects.get(rating=Exchange.Rating.UP)
    assert "cost" in rated.question
    response = SurveyResponse.objects.get()
    assert (response.helpful, response.use_again, response.rating) == (True, True, 4)
    assert response.helpful_why == "It quoted the article"
