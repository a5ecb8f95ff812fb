"""An editor writes an article in the Wagtail page editor, publishes it and finds it."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from articles.models import ArticlePage

USERNAME = "editor"
PASSWORD = "a-long-editor-password-42"
TITLE = "Polynucleotides explained with zebrafin"
SEARCH_WORD = "zebrafin"  # appears nowhere else on the site
HEADING = "Why salmon DNA?"
QUOTE = "It calms inflamed skin within weeks."
# Wagtail's editor announces its unsaved-changes snapshot and each autosave as DOM events;
# keep what the last autosave sent, whether one is in flight and when anything happened.
EDITOR_EVENTS_SCRIPT = """
window.__editor = {watching: false, saving: false, sent: null, saved: null, error: null,
                   lastActivity: 0};
const track = (name, update) => document.addEventListener(name, (event) => {
  Object.assign(window.__editor, update(event), {lastActivity: performance.now()});
});
track("w-unsaved:watch-edits", () => ({watching: true}));
track("w-autosave:save", (event) => ({
  saving: true, sent: Object.fromEntries(event.detail.formData),
}));
track("w-autosave:success", () => ({saving: false, saved: window.__editor.sent}));
track("w-autosave:error", (event) => ({saving: false, error: event.detail.text || "error"}));
"""
# Settled, so that Publish cannot overlap an autosave request: nothing in flight, and either
# the last autosave holds these form values or the editor has been quiet for 1.5 s (Wagtail
# checks for changes every 0.5 s and autosaves ~1 s later; an edit made while an autosave is
# in flight can be taken as saved and never autosaved).
AUTOSAVE_SETTLED = """
([fields, since]) => {
  const editor = window.__editor;
  if (editor.saving) return false;
  const saved = editor.saved || {};
  if (Object.entries(fields).every(([name, value]) => saved[name] === value)) return true;
  return performance.now() - Math.max(editor.lastActivity, since) > 1500;
}
"""


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

    page.add_init_script(EDITOR_EVENTS_SCRIPT)
    # The admin's baseline CSP is on, and the editor breaks none of it.
    csp_violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and csp_violations.append(message.text)
        ),
    )
    editor = page.goto(f"{live_server.url}/admin/pages/add/articles/articlepage/{news_index.pk}/")
    policy = editor.headers["content-security-policy"]
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    form = page.locator("form[data-edit-form]")
    autosave = "w-autosave" in (form.get_attribute("data-controller") or "")
    if autosave:
        # Edits made before the editor's 2 s snapshot would not count as changes.
        page.wait_for_function("() => window.__editor.watching")
    page.get_by_role("textbox", name=re.compile(r"^Title")).fill(TITLE)
    page.get_by_role("textbox", name=re.compile(r"^Standfirst")).fill(
        "Salmon DNA injections for tired skin: what the evidence says."
    )
    if autosave:
        # The editor pauses: autosave keeps the new page as a draft, and the form now posts
        # to the edit view. Autosave waits for a pause, then saves: slower on a loaded machine.
        expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"), timeout=20_000)
        assert not ArticlePage.objects.get(title=TITLE).live

    body = page.locator("#body-root")
    heading = insert_block(page, body, "Heading")
    heading_text = heading.get_by_role("textbox", name=re.compile(r"^Text"))
    heading_text.fill(HEADING)

    quote = insert_block(page, body, "Expert quote")
    quote_text = quote.get_by_role("textbox", name=re.compile(r"^Quote"))
    quote_text.fill(QUOTE)
    quote.get_by_role("button", name="Choose expert").click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("heading", name="Choose expert")).to_be_visible()
    chooser.get_by_role("link", name=expert.name).click()
    expect(chooser).to_be_hidden()
    expect(quote.locator("[data-chooser-title]")).to_have_text(expert.name)
    if autosave:
        expert_input = quote.locator("input[type=hidden][name$='-value-expert']")
        fields = {
            heading_text.get_attribute("name"): HEADING,
            quote_text.get_attribute("name"): QUOTE,
            expert_input.get_attribute("name"): str(expert.pk),
        }
        since = page.evaluate("() => performance.now()")
        try:
            page.wait_for_function(AUTOSAVE_SETTLED, arg=[fields, since])
        except PlaywrightTimeoutError:
            state = page.evaluate("() => window.__editor")
            raise AssertionError(f"autosave did not settle on {fields}: {state}") from None

    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish").click()

    published = re.compile(
        rf"Page '{re.escape(TITLE)}' (created and published|has been published)\."
    )
    expect(page.get_by_text(published)).to_be_visible()
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
    assert csp_violations == []
