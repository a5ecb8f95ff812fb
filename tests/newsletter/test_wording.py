"""The mailing list's e-mails and pages read cleanly with a site name that starts with
"The" (never "the The Tweakments Guide")."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from core.models import SiteSettings
from tests.newsletter.test_views import GOOD, link_in
from tests.wording import assert_reads_cleanly, visible_text

pytestmark = pytest.mark.django_db


def main_text(response):
    return visible_text(str(BeautifulSoup(response.content, "html.parser").find("main")))


def test_signup_confirm_and_welcome_read_cleanly(
    client, home_page, django_capture_on_commit_callbacks
):
    settings = SiteSettings.load()
    settings.site_name = "The Tweakments Guide"
    settings.save()
    with django_capture_on_commit_callbacks(execute=True):
        thanks = client.post("/newsletter/", {**GOOD, "first_name": "Ann"}, follow=True)
    assert_reads_cleanly(main_text(thanks))
    (confirmation,) = mail.outbox
    assert "The Tweakments Guide" in confirmation.subject

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(link_in(confirmation, "confirm"))  # the page's button
    assert_reads_cleanly(main_text(confirmed))
    (welcome,) = mail.outbox
    assert welcome.subject == "Welcome to the newsletter from The Tweakments Guide"
    for message in (confirmation, welcome):
        assert "The Tweakments Guide" in message.body
        assert_reads_cleanly(message.subject)
        assert_reads_cleanly(message.body)
        assert_reads_cleanly(visible_text(message.alternatives[0][0]))
