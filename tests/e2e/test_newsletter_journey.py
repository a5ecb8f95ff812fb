"""A reader on a phone follows an article footer's "Sign up" to the signup page, joins,
confirms, later unsubscribes; an editor's CSV export shows the address while it is
confirmed and not after."""

import csv
import re

from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import Page, expect

from newsletter.models import Subscriber

EMAIL = "journey.reader@example.com"
EDITOR, PASSWORD = "listeditor", "a-long-editor-password-42"


def link_from(message, kind):
    return re.search(rf"https?://\S+/newsletter/{kind}/\S+/", message.body).group(0)


def exported_emails(page: Page, base_url: str):
    page.goto(base_url + "/admin/subscribers/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Export confirmed (CSV)").click()
    with open(download.value.path(), newline="", encoding="utf-8") as export:
        return [row["email"] for row in csv.DictReader(export)]


def test_reader_joins_confirms_and_unsubscribes_editor_exports(
    page: Page, browser, live_server, journey_content, settings
):
    settings.SITE_URL = live_server.url  # the e-mails' links point at the site's address
    article = journey_content["articles"][0]
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + article.url)

    # On a phone the footer's forms are calls to action, so the footer stays short.
    footer = page.get_by_role("region", name="Join our mailing list")
    expect(footer.get_by_label("E-mail address")).to_be_hidden()
    assert page.locator(".site-footer").bounding_box()["height"] < 550
    footer.get_by_role("link", name="Sign up").click()
    expect(page).to_have_url(live_server.url + "/newsletter/")

    signup = page.get_by_role("region", name="Sign up to the newsletter")
    signup.get_by_label("E-mail address").fill(EMAIL)
    signup.get_by_label("First name (optional)").fill("Jo")
    signup.get_by_role("checkbox", name=re.compile("^Send me")).check()
    # The reader has scrolled down to the button, below the top of the (taller) form.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    signup.get_by_role("button", name="Sign up").click()

    # Answered in place: the message replaces the form, in view and focused.
    status = signup.get_by_role("status")
    expect(status).to_contain_text("Nearly there: please check your inbox.")
    message = status.locator("[data-newsletter-done]")
    expect(message).to_be_focused()
    expect(message).to_be_in_viewport()
    expect(page).to_have_url(live_server.url + "/newsletter/")
    subscriber = Subscriber.objects.get(email=EMAIL)
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.source_path == "/newsletter/"

    (confirmation,) = mail.outbox
    assert confirmation.to == [EMAIL]
    page.goto(link_from(confirmation, "confirm"))
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You're subscribed")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED

    get_user_model().objects.create_superuser(EDITOR, "editor@example.com", PASSWORD)
    editor = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    editor.goto(live_server.url + "/admin/login/")
    editor.get_by_label("Username").fill(EDITOR)
    editor.get_by_label("Password").fill(PASSWORD)
    editor.get_by_role("button", name="Sign in").click()
    expect(editor).to_have_url(live_server.url + "/admin/")
    expect(editor.get_by_text("1 new confirmed subscriber in the last 7 days")).to_be_visible()
    assert EMAIL in exported_emails(editor, live_server.url)

    welcome = mail.outbox[-1]
    assert welcome is not confirmation and "Welcome" in welcome.subject
    page.goto(link_from(welcome, "preferences"))
    page.get_by_label("Exosomes").check()
    page.get_by_label("Skin boosters").check()
    page.get_by_role("button", name="Save my choices").click()
    expect(page.get_by_role("status")).to_have_text("Your choices are saved.")
    assert sorted(tag.name for tag in subscriber.interests.all()) == ["Exosomes", "Skin boosters"]

    unsubscribe = link_from(welcome, "unsubscribe")
    assert welcome.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    page.goto(unsubscribe)
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You're unsubscribed")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED

    assert EMAIL not in exported_emails(editor, live_server.url)
    editor.close()
