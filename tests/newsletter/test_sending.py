import datetime
import re

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError
from django.test import Client
from django.utils import timezone

from articles.models import ArticlePage
from core.models import OutboundEmail
from newsletter.deliveries import Delivery, Mailing
from newsletter.issue_email import IssueEmail
from newsletter.models import NewsletterIssuePage, Subscriber
from newsletter.sending import (
    follow_up,
    resume_stalled,
    schedule_sending,
    send_issue,
    start_scheduled,
    start_sending,
)
from tests.core.test_email import OneSessionServer
from tests.newsletter.factories import NewsletterIssuePageFactory, SubscriberFactory, issue_body
from tests.newsletter.sending_helpers import send_to_the_end

pytestmark = pytest.mark.django_db


class BrokenMailServer(BaseEmailBackend):
    """An e-mail backend whose server is down."""

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def recipients_of_outbox():
    return sorted(address for message in mail.outbox for address in message.to)


def test_audience_by_topic_is_confirmed_readers_of_any_chosen_topic(archive, topics):
    exosomes, boosters = topics["Exosomes"], topics["Skin boosters"]
    both = SubscriberFactory(interests=[exosomes, boosters])
    one = SubscriberFactory(interests=[exosomes])
    SubscriberFactory(interests=[boosters])
    SubscriberFactory()
    SubscriberFactory(interests=[exosomes], status=Subscriber.Status.PENDING)
    SubscriberFactory(interests=[exosomes], status=Subscriber.Status.UNSUBSCRIBED)
    issue = NewsletterIssuePageFactory(parent=archive)
    issue.topics.set([exosomes])
    issue.audience = NewsletterIssuePage.Audience.TOPICS
    issue.save()

    assert set(issue.recipients()) == {both, one}
    issue.audience = NewsletterIssuePage.Audience.ALL
    assert issue.recipients().count() == 4


def test_a_topics_audience_needs_a_topic(archive):
    issue = NewsletterIssuePageFactory.build(audience="topics", subject="S", title="T", slug="t")
    with pytest.raises(Exception, match="Choose at least one topic"):
        issue.clean()


def test_sending_gives_every_reader_one_copy_and_records_it(
    issue, django_capture_on_commit_callbacks
):
    readers = SubscriberFactory.create_batch(5)
    SubscriberFactory(status=Subscriber.Status.PENDING)

    count, mailing = send_to_the_end(issue, django_capture_on_commit_callbacks)

    assert count == 5
    assert recipients_of_outbox() == sorted(reader.email for reader in readers)
    assert mailing.status == Mailing.Status.SENT and mailing.finished_at
    assert mailing.progress() == {
        "waiting": 0,
        "queued": 0,
        "sent": 5,
        "failed": 0,
        "skipped": 0,
        "total": 5,
    }
    issue.refresh_from_db()
    assert issue.live  # sending publishes the issue: its web version is in the archive


def test_starting_twice_sends_once_and_rows_are_unique(issue, django_capture_on_commit_callbacks):
    reader = SubscriberFactory()
    send_to_the_end(issue, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        assert start_sending(issue) is None
    assert len(mail.outbox) == 1
    with pytest.raises(IntegrityError):
        Delivery.objects.create(issue=issue, subscriber=reader)


def test_a_crash_mid_send_resumes_where_it_stopped_and_sends_nobody_twice(
    issue, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_BATCH_SIZE = 2
    readers = SubscriberFactory.create_batch(5)
    real_compose_for = IssueEmail.compose_for
    queued = []

    def crash_on_the_third(self, subscriber):
        if len(queued) == 2:
            raise SystemExit("worker killed")
        queued.append(subscriber)
        return real_compose_for(self, subscriber)

    monkeypatch.setattr(IssueEmail, "compose_for", crash_on_the_third)
    start_sending(issue)
    mailing = Mailing.objects.get()
    with pytest.raises(SystemExit), django_capture_on_commit_callbacks(execute=True):
        send_issue.call(mailing.pk, mailing.run)
    # The first batch committed; the second rolled back whole.
    assert Delivery.objects.filter(status=Delivery.Status.QUEUED).count() == 2
    assert Delivery.objects.filter(status=Delivery.Status.WAITING).count() == 3
    assert OutboundEmail.objects.count() == 2

    monkeypatch.setattr(IssueEmail, "compose_for", real_compose_for)
    later = timezone.now() + datetime.timedelta(
        seconds=settings.NEWSLETTER_STALLED_AFTER_SECONDS + 1
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert resume_stalled(now=later) == 1
    mailing.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        send_issue.call(mailing.pk, mailing.run)
    # A task of the crashed run that wakes up late does nothing.
    with django_capture_on_commit_callbacks(execute=True):
        send_issue.call(mailing.pk, mailing.run - 1)

    assert recipients_of_outbox() == sorted(reader.email for reader in readers)
    assert OutboundEmail.objects.count() == 5
    assert Mailing.objects.get().status == Mailing.Status.SENT


def test_a_reader_who_unsubscribes_mid_send_is_skipped(issue, django_capture_on_commit_callbacks):
    staying, leaving = SubscriberFactory.create_batch(2)
    start_sending(issue)  # rows made; the task is not run yet (no commit in this test)
    leaving.unsubscribe()
    mailing = Mailing.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        send_issue.call(mailing.pk, mailing.run)
    with django_capture_on_commit_callbacks(execute=True):
        send_issue.call(mailing.pk, mailing.run)

    assert recipients_of_outbox() == [staying.email]
    assert Delivery.objects.get(subscriber=leaving).status == Delivery.Status.SKIPPED
    assert Mailing.objects.get().progress()["skipped"] == 1


def test_each_message_carries_its_readers_one_click_unsubscribe(
    issue, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://www.tweakments.example"
    readers = SubscriberFactory.create_batch(2)
    send_to_the_end(issue, django_capture_on_commit_callbacks)

    for reader in readers:
        message = next(m for m in mail.outbox if m.to == [reader.email])
        headers = message.message()
        # Tokens carry a timestamp: check what each names rather than recompute them.
        https_url, token = re.fullmatch(
            r"<(https://www\.tweakments\.example/newsletter/unsubscribe/([^/]+)/)>, "
            r"<mailto:unsubscribe@tweakments\.test\?subject=unsubscribe%20([^>]+)>",
            headers["List-Unsubscribe"],
        ).group(1, 2)
        assert Subscriber.objects.from_manage_token(token) == reader
        assert headers["List-Unsubscribe"].endswith(token.replace(":", "%3A") + ">")
        assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert headers["Message-ID"] == f"<issue-{issue.pk}.subscriber-{reader.pk}@tweakments.test>"
        html = message.alternatives[0][0]
        assert f'href="{https_url}"' in html
        assert "https://www.tweakments.example/newsletter/preferences/" in html
        assert "Manage your topics" in html and "Manage your topics" in message.body
    # The header's URL unsubscribes with a bare POST, as a mail client sends it.
    first = readers[0]
    Client(enforce_csrf_checks=True).post(first.unsubscribe_url, {"List-Unsubscribe": "One-Click"})
    first.refresh_from_db()
    assert first.status == Subscriber.Status.UNSUBSCRIBED


def test_messages_are_multipart_plain_text_unescaped_and_without_tracking(
    archive, django_capture_on_commit_callbacks
):
    SubscriberFactory(first_name="Siobhán O'Brien")
    body = issue_body(
        text='<p>Tom &amp; Jerry\'s <b>peels</b> &lt;3, <a href="/news/">news</a></p>'
    )
    issue = NewsletterIssuePageFactory(parent=archive, body=body, subject="Peels & prices")
    send_to_the_end(issue, django_capture_on_commit_callbacks)

    [message] = mail.outbox
    assert message.subject == "Peels & prices"
    assert "Hello Siobhán O'Brien," in message.body
    assert "Tom & Jerry's peels <3, news (http://testserver/news/)" in message.body
    assert "&amp;" not in message.body and "&#x27;" not in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert "O&#x27;Brien" in html and "<b>peels</b>" in html
    assert 'href="http://testserver/news/"' in html
    assert "prefers-color-scheme: dark" in html and "max-width:100%" in html
    assert "<img" not in html  # no pixel; this issue has no pictures


def test_featured_articles_show_their_hero_from_our_own_renditions(
    archive, topics, django_capture_on_commit_callbacks
):
    SubscriberFactory()
    article = ArticlePage.objects.get()
    issue = NewsletterIssuePageFactory(parent=archive, body=issue_body([article]))
    send_to_the_end(issue, django_capture_on_commit_callbacks)

    [message] = mail.outbox
    html = message.alternatives[0][0]
    images = re.findall(r'<img src="([^"]+)"', html)
    assert len(images) == 1
    assert images[0].startswith("http://testserver/media/images/") and images[0].endswith(".jpg")
    assert f'href="http://testserver{article.url}"' in html
    assert f"Read it: http://testserver{article.url}" in message.body


def test_failed_sends_are_retried_with_back_off_then_listed_as_failed(
    issue, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.newsletter.test_sending.BrokenMailServer"
    settings.NEWSLETTER_MAX_ATTEMPTS = 3
    SubscriberFactory()
    with django_capture_on_commit_callbacks(execute=True):
        start_sending(issue)
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.QUEUED and delivery.email.attempts == 1

    waits = []
    now = timezone.now()
    for _ in range(3):
        now = delivery.retry_at + datetime.timedelta(seconds=1)
        with django_capture_on_commit_callbacks(execute=True):
            follow_up(issue, now=now)
        delivery.refresh_from_db()
        if delivery.status == Delivery.Status.QUEUED:
            waits.append((delivery.retry_at - now).total_seconds())

    assert waits == [settings.NEWSLETTER_RETRY_SECONDS * 2, settings.NEWSLETTER_RETRY_SECONDS * 4]
    assert delivery.status == Delivery.Status.FAILED
    assert delivery.email.attempts == 3
    assert "mail server down" in delivery.error


def test_a_batch_goes_out_over_one_connection_and_a_refusal_touches_no_other_reader(
    issue, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.core.test_email.OneSessionServer"
    OneSessionServer.sessions = 0
    OneSessionServer.delivered = []
    for address in ["a@example.com", "refused@example.com", "c@example.com"]:
        SubscriberFactory(email=address)
    with django_capture_on_commit_callbacks(execute=True):
        start_sending(issue)
    assert OneSessionServer.sessions == 2  # one for the batch, one more after the refusal
    assert sorted(OneSessionServer.delivered) == ["a@example.com", "c@example.com"]

    later = timezone.now() + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        follow_up(issue, now=later)
    figures = dict(Delivery.objects.values_list("subscriber__email", "status"))
    assert figures == {
        "a@example.com": "sent",
        "refused@example.com": "queued",  # to be tried again, alone
        "c@example.com": "sent",
    }
    assert sorted(OneSessionServer.delivered) == ["a@example.com", "c@example.com"]


def test_a_message_a_crash_left_mid_send_is_failed_not_sent_again(
    issue, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.newsletter.test_sending.BrokenMailServer"
    SubscriberFactory()
    with django_capture_on_commit_callbacks(execute=True):
        start_sending(issue)
    delivery = Delivery.objects.get()
    # A worker killed after the server took the message, before it was recorded.
    OutboundEmail.objects.update(status=OutboundEmail.Status.SENDING)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert follow_up(issue, now=delivery.retry_at + datetime.timedelta(seconds=1)) == 0
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.FAILED
    assert "not sent again" in delivery.error
    assert mail.outbox == []


def test_scheduled_issue_starts_when_its_time_comes(issue, django_capture_on_commit_callbacks):
    SubscriberFactory()
    when = timezone.now() + datetime.timedelta(hours=2)
    assert schedule_sending(issue, when)
    assert start_scheduled(now=when - datetime.timedelta(minutes=1)) == 0
    assert Mailing.objects.get().status == Mailing.Status.SCHEDULED
    with django_capture_on_commit_callbacks(execute=True):
        assert start_scheduled(now=when + datetime.timedelta(minutes=1)) == 1
    assert Mailing.objects.get().status == Mailing.Status.SENDING
    assert len(mail.outbox) == 1
    assert not schedule_sending(issue, when)  # already gone out
