"""An editor composes a newsletter issue with two featured articles, checks the e-mail
preview and the scheduler, sends a test to herself (whose web link works before the issue
is published), sends it to the subscribers and sees the progress reach "Sent" and the
dashboard's figures; a reader then opens its web version in the archive."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from core.models import OutboundEmail
from newsletter.deliveries import Delivery
from newsletter.models import NewsletterIssuePage
from tests.e2e.test_editor_journey import insert_block, log_in
from tests.newsletter.factories import NewsletterArchivePageFactory, SubscriberFactory

TITLE = "The zebrafin issue"
SUBJECT = "Zebrafin news: two new articles"
EDITOR_EMAIL = "editor@example.com"
READERS = 3


@pytest.fixture
def archive(journey_content):
    return NewsletterArchivePageFactory(parent=journey_content["home"])


def choose_article(page: Page, chooser_button, title):
    chooser_button.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("textbox", name=re.compile("Search")).fill(title)
    dialog.get_by_role("link", name=title).click()
    expect(dialog).to_be_hidden()


def test_editor_composes_tests_and_sends_an_issue_reader_finds_it(
    page: Page, live_server, journey_content, archive, tmp_path, settings
):
    # No autosave: its requests would race the explicit "Save draft" on SQLite.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    get_user_model().objects.create_superuser("editor", EDITOR_EMAIL, "a-long-editor-password-42")
    readers = SubscriberFactory.create_batch(READERS)
    first, second = journey_content["articles"][0], journey_content["articles"][2]
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server.url)

    page.goto(f"{live_server.url}/admin/pages/add/newsletter/newsletterissuepage/{archive.pk}/")
    page.get_by_role("textbox", name=re.compile(r"^Title")).fill(TITLE)
    page.get_by_role("textbox", name=re.compile(r"^E-mail subject")).fill(SUBJECT)
    page.get_by_role("textbox", name=re.compile(r"^Preheader")).fill("Exosomes and boosters")
    body = page.locator("#body-root")
    featured = insert_block(page, body, "Featured articles")
    choose_article(page, featured.get_by_role("button", name="Choose a page"), first.title)
    # A second item, then its chooser's "Choose another page" (in its actions menu).
    actions = featured.get_by_role("button", name="Actions")
    items = actions.count()
    featured.get_by_role("button", name="Duplicate").last.click()
    # The copy's menu, once it is there: clicking at once could open the original's.
    expect(actions).to_have_count(items + 1)
    actions.last.click()
    choose_article(page, page.get_by_role("button", name="Choose another page"), second.title)
    expect(featured.locator("[data-chooser-title]")).to_have_text([first.title, second.title])
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text(f"Page '{TITLE}' created.")).to_be_visible()

    issue = NewsletterIssuePage.objects.get(title=TITLE)
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    footer.get_by_role("link", name="Send or schedule…").click()
    expect(page.get_by_role("heading", name=re.compile("Send newsletter issue"))).to_be_visible()

    # The scheduler is Wagtail's date-time picker, with the format written beside it.
    expect(page.get_by_text("UK time, as year-month-day hours:minutes")).to_be_visible()
    page.get_by_role("textbox", name="Send on").click()
    expect(page.locator(".xdsoft_datetimepicker").first).to_be_visible()
    page.keyboard.press("Escape")
    assert errors == []

    # The e-mail preview's HTML pane holds the whole e-mail.
    with page.expect_popup() as popup:
        page.get_by_role("link", name="Preview the e-mail (HTML and text)").click()
    email = popup.value.frame_locator("iframe.email-preview__frame")
    expect(email.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(email.get_by_role("link", name=first.title)).to_be_visible()
    popup.value.close()

    page.get_by_role("button", name="Send a test to me").click()
    expect(page.get_by_text(f"A test copy is on its way to {EDITOR_EMAIL}.")).to_be_visible()
    test_copy = OutboundEmail.objects.get(to=EDITOR_EMAIL)
    assert test_copy.subject == f"[Test] {SUBJECT}"
    assert first.title in test_copy.body_text and second.title in test_copy.body_text
    assert "List-Unsubscribe" not in test_copy.headers

    # Its "Read it in your browser" link works for anyone holding it, unpublished as it is.
    reader = page.context.browser.new_page(viewport={"width": 390, "height": 844})
    web_link = re.search(r"Read it in your browser: (\S+)", test_copy.body_text)[1]
    preview = reader.goto(live_server.url + urlsplit(web_link).path)
    assert preview.status == 200 and preview.headers["x-robots-tag"] == "noindex"
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert reader.goto(live_server.url + issue.url).status == 404

    page.get_by_role("link", name=f"Send to {READERS} subscribers").click()
    page.get_by_role("button", name=f"Yes, send it to {READERS} subscribers").click()
    expect(page.get_by_text(f"Sending to {READERS} subscribers.")).to_be_visible()
    progress = page.get_by_role("heading", name=re.compile("^Progress"))
    expect(progress).to_have_text("Progress: Sent")
    expect(page.locator("[data-field=sent]")).to_have_text(str(READERS))
    page.screenshot(path=str(tmp_path / "send-screen-1280.png"))

    sent_to = set(OutboundEmail.objects.filter(subject=SUBJECT).values_list("to", flat=True))
    assert sent_to == {reader.email for reader in readers}
    assert Delivery.objects.filter(issue=issue, status=Delivery.Status.SENT).count() == READERS

    # The dashboard's panel has the figures, inside the panel's padding.
    page.goto(live_server.url + "/admin/")
    panel = page.locator("#newsletter-subscribers-section")
    expect(panel).to_contain_text(f"{READERS} sent of {READERS}")
    figures = panel.locator("p").first
    assert figures.bounding_box()["x"] - panel.bounding_box()["x"] >= 16
    panel.screenshot(path=str(tmp_path / "dashboard-panel-1280.png"))

    reader.goto(live_server.url + "/newsletter/")
    reader.get_by_role("link", name="Read past issues").click()
    expect(reader).to_have_url(live_server.url + "/newsletter/issues/")
    reader.get_by_role("link", name=TITLE).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.get_by_role("link", name=first.title)).to_be_visible()
    expect(reader.get_by_role("link", name=second.title)).to_be_visible()
    assert "/unsubscribe/" not in reader.content()
    reader.screenshot(path=str(tmp_path / "web-version-390.png"), full_page=True)
