"""An editor writes an article in the Wagtail page editor, publishes it and finds it."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from articles.models import ArticlePage

USERNAME = "editor"
PASSWORD = "a-long-editor-password-42"
TITLE = "Polynucleotides explained with zebrafin"
SEARCH_WORD = "zebrafin"  # appears nowhere else on the site
HEADING = "Why salmon DNA?"
QUOTE = "It calms inflamed skin within weeks."


def log_in(page: Page, base_url: str):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(base_url + "/admin/")


def insert_block(page: Page, body, label: str):
    """Open the last 'Insert a block' picker of a StreamField and pick a block by label."""
    body.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=label, exact=True).click()
    return body.get_by_role("region", name=re.compile(rf"^{re.escape(label)}")).last


def test_editor_writes_and_publishes_an_article(page: Page, live_server, news_index, expert):
    get_user_model().objects.create_superuser(USERNAME, "editor@example.com", PASSWORD)
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server.url)

    page.goto(f"{live_server.url}/admin/pages/add/articles/articlepage/{news_index.pk}/")
    page.get_by_role("textbox", name=re.compile(r"^Title")).fill(TITLE)
    page.get_by_role("textbox", name=re.compile(r"^Standfirst")).fill(
        "Salmon DNA injections for tired skin: what the evidence says."
    )

    body = page.locator("#body-root")
    heading = insert_block(page, body, "Heading")
    heading.get_by_role("textbox", name=re.compile(r"^Text")).fill(HEADING)

    quote = insert_block(page, body, "Expert quote")
    quote.get_by_role("textbox", name=re.compile(r"^Quote")).fill(QUOTE)
    quote.get_by_role("button", name="Choose expert").click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("heading", name="Choose expert")).to_be_visible()
    chooser.get_by_role("link", name=expert.name).click()
    expect(chooser).to_be_hidden()
    expect(quote.locator("[data-chooser-title]")).to_have_text(expert.name)

    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish").click()

    expect(page.get_by_text(f"Page '{TITLE}' created and published.")).to_be_visible()
    article = ArticlePage.objects.get(title=TITLE)
    assert article.live
    assert article.get_parent().pk == news_index.pk

    page.get_by_role("link", name="View live").click()
    expect(page).to_have_url(live_server.url + "/news/polynucleotides-explained-with-zebrafin/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_role("heading", level=2, name=HEADING)).to_be_visible()
    expert_quote = page.locator(".expert-quote")
    expect(expert_quote.get_by_role("blockquote")).to_have_text(QUOTE)
    expect(expert_quote.locator(".expert-quote__name")).to_have_text(expert.name)

    page.goto(f"{live_server.url}/search/?q={SEARCH_WORD}")
    expect(page.get_by_role("status")).to_have_text("1 result")
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
