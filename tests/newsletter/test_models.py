import datetime

import pytest
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from newsletter.models import (
    CONFIRMATION_MAX_AGE,
    RESEND_INTERVAL,
    Subscriber,
    topics_in_use,
)
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

Status = Subscriber.Status


def test_address_is_stored_stripped_and_unique_whatever_its_case():
    subscriber = SubscriberFactory(email="  Ann.Smith@Example.COM ")
    assert subscriber.email == "Ann.Smith@Example.COM"
    assert subscriber.email_normalised == "ann.smith@example.com"
    with pytest.raises(IntegrityError), transaction.atomic():
        SubscriberFactory(email="ann.smith@example.com")


def test_first_signup_is_pending_with_consent_recorded(topics):
    subscriber, send = Subscriber.objects.subscribe(
        " New@Example.com", "Ann", [topics["Exosomes"]], "/news/exosomes/"
    )
    assert send is True
    assert subscriber.status == Status.PENDING
    assert subscriber.email_normalised == "new@example.com"
    assert subscriber.consent_version and subscriber.consent_wording
    assert subscriber.consent_given_at and subscriber.source_path == "/news/exosomes/"
    assert list(subscriber.interests.all()) == [topics["Exosomes"]]


def test_signing_up_again_while_pending_resends_at_most_once_per_interval(topics):
    first, _ = Subscriber.objects.subscribe("ann@example.com", "Ann", [topics["Exosomes"]])
    again, send = Subscriber.objects.subscribe("ANN@example.com ", "Annie", [])
    assert again.pk == first.pk and send is False
    assert again.first_name == "Annie" and not again.interests.exists()

    Subscriber.objects.filter(pk=first.pk).update(
        confirmation_sent_at=timezone.now() - RESEND_INTERVAL - datetime.timedelta(seconds=1)
    )
    _, send = Subscriber.objects.subscribe("ann@example.com")
    assert send is True
    assert Subscriber.objects.count() == 1


def test_signing_up_again_leaves_a_confirmed_subscriber_alone(topics):
    confirmed = SubscriberFactory(
        email="ann@example.com", first_name="Ann", interests=[topics["Exosomes"]]
    )
    same, send = Subscriber.objects.subscribe("ann@example.com", "Mallory", [])
    assert (same.pk, send) == (confirmed.pk, False)
    confirmed.refresh_from_db()
    assert confirmed.status == Status.CONFIRMED and confirmed.first_name == "Ann"
    assert list(confirmed.interests.all()) == [topics["Exosomes"]]


def test_an_unsubscribed_address_can_sign_up_again_and_must_confirm():
    old = timezone.now() - datetime.timedelta(days=30)
    gone = SubscriberFactory(
        status=Status.UNSUBSCRIBED, confirmation_sent_at=old, consent_given_at=old
    )
    again, send = Subscriber.objects.subscribe(gone.email, "Ann")
    assert (again.pk, again.status, send) == (gone.pk, Status.PENDING, True)
    assert again.consent_given_at > old


def test_confirm_happens_once_and_never_after_unsubscribing():
    subscriber = SubscriberFactory(status=Status.PENDING)
    assert subscriber.confirm() is True
    assert subscriber.status == Status.CONFIRMED and subscriber.confirmed_at
    assert subscriber.confirm() is False  # a replayed link changes nothing

    subscriber.unsubscribe()
    assert subscriber.status == Status.UNSUBSCRIBED and subscriber.unsubscribed_at
    assert subscriber.confirm() is False
    assert subscriber.status == Status.UNSUBSCRIBED


def test_tokens_name_their_subscriber_and_refuse_tampering_and_age(signed_days_ago):
    subscriber = SubscriberFactory()
    confirm_token = subscriber.confirm_url.split("/")[-2]
    manage_token = subscriber.manage_token
    assert Subscriber.objects.from_confirm_token(confirm_token) == subscriber
    assert Subscriber.objects.from_manage_token(manage_token) == subscriber
    with pytest.raises(signing.BadSignature):
        Subscriber.objects.from_confirm_token(manage_token)  # made for another purpose
    with pytest.raises(signing.BadSignature):
        Subscriber.objects.from_manage_token(manage_token[:-2] + "xx")
    old = signed_days_ago(CONFIRMATION_MAX_AGE.days + 1, lambda: subscriber.confirm_url)
    with pytest.raises(signing.SignatureExpired):
        Subscriber.objects.from_confirm_token(old.split("/")[-2])
    # A month-old e-mail's unsubscribe link still works.
    month_old = signed_days_ago(30, lambda: subscriber.manage_token)
    assert Subscriber.objects.from_manage_token(month_old) == subscriber


def test_expired_pending_are_those_whose_link_has_run_out():
    now = timezone.now()
    fresh = SubscriberFactory(status=Status.PENDING, confirmation_sent_at=now)
    expired = SubscriberFactory(
        status=Status.PENDING,
        confirmation_sent_at=now - CONFIRMATION_MAX_AGE - datetime.timedelta(minutes=1),
    )
    SubscriberFactory(status=Status.CONFIRMED, confirmation_sent_at=now - 2 * CONFIRMATION_MAX_AGE)
    assert list(Subscriber.objects.expired_pending()) == [expired]
    assert fresh not in Subscriber.objects.expired_pending()


def test_status_counts_include_empty_statuses():
    SubscriberFactory.create_batch(2)
    SubscriberFactory(status=Status.PENDING)
    assert Subscriber.objects.status_counts() == {
        "pending": 1,
        "confirmed": 2,
        "unsubscribed": 0,
    }


def test_topics_are_those_of_live_articles(topics):
    assert [tag.name for tag in topics_in_use()] == ["Exosomes", "Skin boosters"]


def test_masked_email_shows_only_a_hint():
    assert SubscriberFactory(email="ann.smith@example.com").masked_email == "a…@example.com"
