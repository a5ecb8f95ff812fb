import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsletter.models import CONFIRMATION_MAX_AGE, Subscriber
from tests.newsletter.factories import SubscriberFactory
from tweakments.models import OutboundEmail

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
    OutboundEmail.objects.create(
        to=subscriber.email,
        subject="Welcome",
        body_text="Hello Ann",
        headers={"List-Unsubscribe": "<http://testserver/x/>"},
    )
    # Another app's e-mail to the same address is not the mailing list's to erase.
    OutboundEmail.objects.create(to=subscriber.email, subject="Your question", body_text="Hi")
    return subscriber


def test_export_prints_everything_stored_about_an_address(ann):
    out, _ = run("newsletter_export", "--email", " ann.reader@EXAMPLE.com ")
    data = json.loads(out)
    assert data["subscriber"]["email"] == "Ann.Reader@example.com"
    assert data["subscriber"]["interests"] == ["Exosomes"]
    assert data["subscriber"]["consent_wording"].startswith("Send me")
    assert data["subscriber"]["consent_given_at"] and data["subscriber"]["source_page"] == "/"
    assert [email["subject"] for email in data["emails"]] == ["Welcome"]


def test_export_of_an_unknown_address_says_so(db):
    out, err = run("newsletter_export", "--email", "nobody@example.com")
    assert out == "" and "Nothing is stored" in err


def test_erase_removes_the_subscriber_and_the_lists_emails(ann):
    out, _ = run("newsletter_erase", "--email", "ANN.READER@example.com")
    assert "Erased 1 subscriber(s) and 1 e-mail(s)." in out
    assert not Subscriber.objects.exists()
    assert list(OutboundEmail.objects.values_list("subject", flat=True)) == ["Your question"]
    out, _ = run("newsletter_erase", "--email", "ann.reader@example.com")
    assert "Erased 0 subscriber(s) and 0 e-mail(s)." in out


def test_purge_pending_deletes_only_expired_unconfirmed_signups(db):
    long_ago = timezone.now() - CONFIRMATION_MAX_AGE - datetime.timedelta(hours=1)
    SubscriberFactory(status=Subscriber.Status.PENDING, confirmation_sent_at=long_ago)
    fresh = SubscriberFactory(status=Subscriber.Status.PENDING)
    confirmed = SubscriberFactory(confirmation_sent_at=long_ago)
    gone = SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED, confirmation_sent_at=long_ago)
    out, _ = run("newsletter_purge_pending")
    assert "Purged 1 expired pending signup(s)." in out
    assert set(Subscriber.objects.all()) == {fresh, confirmed, gone}
