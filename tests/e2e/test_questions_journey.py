"""A visitor asks anonymously from the footer; an editor answers from the dashboard; the
answer appears on Ask Alice with initials only and no e-mail address anywhere."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from questions.models import Question
from tests.questions.factories import AskAlicePageFactory

USERNAME = "alice"
PASSWORD = "a-long-editor-password-42"
ASKER_EMAIL = "jane.smith-jones@example.com"
QUESTION = "Can I have a chemical peel straight after using retinol cream for a month?"
ANSWER = "Stop the retinol five days before the peel, then wait a week before restarting it."


@pytest.fixture
def ask_alice(live_site):
    return AskAlicePageFactory(parent=live_site)


def test_visitor_asks_anonymously_and_the_answer_is_published(page: Page, live_server, ask_alice):
    get_user_model().objects.create_superuser(USERNAME, "alice@example.com", PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 900})

    # The visitor asks from the footer of the home page.
    page.goto(live_server.url + "/")
    callout = page.locator(".ask-callout")
    callout.get_by_label("Your name").fill("Jane Smith-Jones")
    callout.get_by_label("Your e-mail address").fill(ASKER_EMAIL)
    # Typing looks for similar answers, which fetches the CSRF token: the form must still
    # be sent on the first click once it is in (a reader who pauses before sending).
    with page.expect_response(re.compile(r"/ask-alice/similar/$")):
        callout.get_by_label("Your question for Alice").fill(QUESTION)
    expect(callout.locator(".question-counter")).to_have_text(
        f"{1000 - len(QUESTION)} of 1000 characters left"
    )
    # One count, not the live count and the static "Up to 1,000 characters." as well.
    expect(callout.get_by_text("Up to 1,000 characters.")).to_be_hidden()
    # The footer at 1280 px: the mailing list and the question side by side.
    signup_box = page.locator(".site-footer .newsletter-signup").bounding_box()
    callout_box = callout.bounding_box()
    assert callout_box["x"] > signup_box["x"] + signup_box["width"]
    assert abs(callout_box["y"] - signup_box["y"]) < 5
    callout.get_by_label("Post anonymously").check()
    callout.get_by_label(re.compile("I agree to the terms")).check()
    callout.get_by_role("button", name="Post your question").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your question")
    expect(page.get_by_text("J. S-J.")).to_be_visible()
    assert Question.objects.get().status == Question.Status.NEW

    # The editor finds it waiting on the dashboard, answers and publishes it.
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    panel = page.locator("#waiting-questions-section")
    expect(panel).to_contain_text("1 question waiting")
    expect(page.get_by_role("link", name="Questions (1 new)")).to_be_visible()
    panel.get_by_role("link", name=re.compile("Can I have a chemical peel")).click()
    editor = page.locator("#panel-answer-section [role=textbox][contenteditable=true]")
    editor.click()
    page.keyboard.type(ANSWER)
    expect(editor).to_contain_text(ANSWER)
    # Draftail copies its state into the form's hidden input a moment after typing.
    expect(page.locator("#id_answer")).to_have_value(re.compile("Stop the retinol"))
    footer = page.get_by_role("navigation", name="Actions (footer)")
    # Publishing is the main button while a question waits: no drop-down to open.
    footer.get_by_role("button", name="Publish answer").click()
    expect(page.get_by_text("published; the asker has been e-mailed the link")).to_be_visible()

    # The visitor's question is on Ask Alice, by initials, with no e-mail address.
    page.goto(live_server.url + "/ask-alice/")
    card = page.locator(".answer-card").first
    expect(card.get_by_role("link", name=QUESTION)).to_be_visible()
    expect(card).to_contain_text("Asked by J. S-J.")
    expect(card).to_contain_text(ANSWER[:40])
    source = page.content()
    assert ASKER_EMAIL not in source and "Jane" not in source
    card.get_by_role("link", name=QUESTION).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(QUESTION)
    assert ASKER_EMAIL not in page.content()


def test_similar_answers_appear_while_typing(page: Page, live_server, ask_alice):
    from tests.questions.factories import QuestionFactory

    QuestionFactory(published=True, question="How long does lip filler last?")
    page.goto(live_server.url + "/ask-alice/")
    page.locator("#ask").get_by_label("Your question for Alice").fill("lip filler lumps")
    hint = page.locator("#ask .similar-answers")
    expect(hint).to_contain_text("Alice may already have answered this")
    expect(hint.get_by_role("link", name="How long does lip filler last?")).to_be_visible()
    assert hint.get_attribute("aria-live") == "polite"


def test_errors_go_as_their_fields_are_put_right(page: Page, live_server, ask_alice):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/ask-alice/")
    ask = page.locator("#ask")
    ask.get_by_label("Your e-mail address").fill("not-an-address")
    ask.get_by_role("button", name="Post your question").click()

    # The server's answer: an error under each field, what was typed kept.
    ask = page.locator("#ask")
    expect(ask.locator(".invalid-feedback")).to_have_count(4)
    name = ask.get_by_label("Your name")
    email = ask.get_by_label("Your e-mail address")
    question = ask.get_by_label("Your question for Alice")
    expect(email).to_have_value("not-an-address")

    name.fill("Jane Smith")
    expect(name).not_to_have_attribute("aria-invalid", "true")
    expect(ask.locator("#div_id_name .invalid-feedback")).to_have_count(0)
    assert "id_name_error" not in (name.get_attribute("aria-describedby") or "")
    assert "id_name_helptext" in name.get_attribute("aria-describedby")

    email.fill("jane@")  # still not an address: its error stays
    email.blur()
    expect(email).to_have_attribute("aria-invalid", "true")
    email.fill("jane@example.com")
    expect(email).not_to_have_attribute("aria-invalid", "true")

    question.fill("Lips?")  # shorter than the server accepts: its error stays
    expect(question).to_have_attribute("aria-invalid", "true")
    question.fill(QUESTION)
    expect(question).not_to_have_attribute("aria-invalid", "true")

    ask.get_by_label(re.compile("I agree to the terms")).check()
    expect(ask.locator(".invalid-feedback")).to_have_count(0)
    expect(ask.locator("[aria-invalid]")).to_have_count(0)

    # Ask Alice's footer has only the mailing list (the page has the question form): at
    # 1280 px it spans the footer, its form in the right half rather than an empty one.
    page.set_viewport_size({"width": 1280, "height": 900})
    footer = page.locator(".site-footer .container").bounding_box()
    signup = page.locator(".site-footer .newsletter-signup").bounding_box()
    email_box = page.locator(".site-footer").get_by_label("E-mail address").bounding_box()
    assert signup["width"] > 0.9 * footer["width"]
    assert email_box["x"] > footer["x"] + footer["width"] / 3
    assert email_box["x"] + email_box["width"] > footer["x"] + 0.9 * footer["width"]
