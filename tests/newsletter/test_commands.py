"""The mailing list's part of privacy_export / privacy_erase, and newsletter_purge_pending."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core.models import OutboundEmail
from newsletter.emails import send_confirmation
from newsletter.models import CONFIRMATION_MAX_AGE, NewsletterArchivePage, Subscriber
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def ann(topics):
    subscriber = SubscriberFactory(
        email="Ann.Reader@example.com", first_name="Ann", interests=[topics["Exosomes"]]
    )
    send_confirmation(subscriber)
    return subscriber


def test_export_prints_the_subscriber_and_the_lists_emails(ann):
    out, _ = run("privacy_export", "--email", " ann.reader@EXAMPLE.com ")
    data = json.loads(out)
    assert data["newsletter"]["email"] == "Ann.Reader@example.com"
    assert data["newsletter"]["interests"] == ["Exosomes"]
    assert data["newsletter"]["consent_wording"].startswith("Send me")
    assert data["newsletter"]["consent_given_at"] and data["newsletter"]["source_page"] == "/"
    assert [email["subject"] for email in data["outbox"]] == [
        "Please confirm your subscription to The Tweakments Guide"
    ]


def test_export_of_an_unknown_address_says_so(db):
    out, err = run("privacy_export", "--email", "nobody@example.com")
    assert json.loads(out) == {"email": "nobody@example.com"}
    assert "nothing is stored" in err


def test_erase_removes_the_subscriber_its_emails_and_its_name_in_the_admin_history(ann):
    # What an editor's change in the admin leaves: the address as the entry's label.
    ModelLogEntry.objects.log_action(ann, "wagtail.edit")
    assert ModelLogEntry.objects.get().label == "Ann.Reader@example.com"
    out, _ = run("privacy_erase", "--email", "ANN.READER@example.com")
    assert "newsletter: deleted 1, log_entries_redacted 1" in out
    assert not Subscriber.objects.exists() and not OutboundEmail.objects.exists()
    assert not ModelLogEntry.objects.filter(label__icontains="ann.reader").exists()
    out, _ = run("privacy_erase", "--email", "ann.reader@example.com")
    assert "newsletter: deleted 0, log_entries_redacted 0" in out


def test_purge_pending_deletes_only_expired_unconfirmed_signups_and_their_mail(db):
    long_ago = timezone.now() - CONFIRMATION_MAX_AGE - datetime.timedelta(hours=1)
    expired = SubscriberFactory(status=Subscriber.Status.PENDING, confirmation_sent_at=long_ago)
    send_confirmation(expired)
    fresh = SubscriberFactory(status=Subscriber.Status.PENDING)
    send_confirmation(fresh)
    confirmed = SubscriberFactory(confirmation_sent_at=long_ago)
    gone = SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED, confirmation_sent_at=long_ago)
    out, _ = run("newsletter_purge_pending")
    assert "Purged 1 expired pending signup(s)." in out
    assert set(Subscriber.objects.all()) == {fresh, confirmed, gone}
    assert list(OutboundEmail.objects.values_list("to", flat=True)) == [fresh.email]


def test_setup_gives_a_real_site_one_archive_however_often_it_runs(client, home_page):
    out, _ = run("newsletter_setup")
    assert out.strip() == "Created the newsletter archive at /newsletter/issues/"
    out, _ = run("newsletter_setup")
    assert out.strip() == "The newsletter archive is already there, at /newsletter/issues/"
    archive = NewsletterArchivePage.objects.get()
    assert archive.live and archive.get_parent().specific == home_page
    assert client.get("/newsletter/issues/").status_code == 200


def test_setup_before_the_home_page_exists_says_what_to_do(db):
    with pytest.raises(CommandError, match="create the home page"):
        run("newsletter_setup")
    assert not NewsletterArchivePage.objects.exists()
