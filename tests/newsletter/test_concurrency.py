"""Races: many simultaneous signups of one address leave exactly one row, and two senders
of one issue give each reader one copy (PostgreSQL only: SQLite serialises every write,
so there is no race to test)."""

import threading

import pytest
from django.db import connection
from django.db.models import Count
from django.test import Client

from core.models import OutboundEmail
from newsletter.deliveries import Delivery, Mailing
from newsletter.models import Subscriber
from newsletter.sending import Outcome, send_next_batch, start_sending
from tests.newsletter.factories import (
    NewsletterArchivePageFactory,
    NewsletterIssuePageFactory,
    SubscriberFactory,
)

THREADS = 25  # each with its own database connection; PostgreSQL allows 100 in all
SIGNUPS_PER_THREAD = 4


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writes, so concurrent signups cannot race there",
)
@pytest.mark.django_db(transaction=True)
def test_a_hundred_simultaneous_signups_of_one_address_make_one_row():
    start = threading.Barrier(THREADS)
    statuses = []
    errors = []

    def sign_up(number):
        client = Client(REMOTE_ADDR=f"10.0.{number}.1")  # past the per-client rate limit
        try:
            start.wait()
            for attempt in range(SIGNUPS_PER_THREAD):
                email = "Same.Person@example.com" if attempt % 2 else " same.person@EXAMPLE.com"
                response = client.post(
                    "/newsletter/", {"email": email, "consent": "on", "source": "/"}
                )
                statuses.append(response.status_code)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert statuses == [302] * (THREADS * SIGNUPS_PER_THREAD)
    assert Subscriber.objects.filter(email_normalised="same.person@example.com").count() == 1
    assert Subscriber.objects.count() == 1
    assert OutboundEmail.objects.count() == 1  # one confirmation, not a hundred


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writes, so concurrent senders cannot race there",
)
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_senders_give_every_reader_exactly_one_copy(home_page, settings):
    settings.NEWSLETTER_BATCH_SIZE = 7
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    archive = NewsletterArchivePageFactory(parent=home_page)
    issue = NewsletterIssuePageFactory(parent=archive)
    readers = SubscriberFactory.create_batch(60)
    start = threading.Barrier(2)
    errors = []

    def sender():
        try:
            start.wait()
            start_sending(issue)
            mailing = Mailing.objects.get(issue=issue)
            while send_next_batch(mailing.pk, mailing.run) is not Outcome.WAITING:
                pass
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Delivery.objects.filter(issue=issue).count() == len(readers)
    per_address = OutboundEmail.objects.values("to").annotate(copies=Count("pk"))
    assert {row["to"] for row in per_address} == {reader.email for reader in readers}
    assert {row["copies"] for row in per_address} == {1}
