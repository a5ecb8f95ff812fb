"""Sending an issue: one delivery row per (issue, subscriber), worked through in batches.

`start_sending` creates a row for every reader in the audience (the database's unique
constraint drops any that exist). The `send_issue` task then takes batches of waiting
rows, locked so that two workers never take the same one, and puts each reader's copy in
the outbox in the same transaction that marks the row queued; once that commits, one
task sends the batch's copies over one SMTP connection. After a crash a row is therefore
either still waiting (nothing was queued: it is taken again) or queued (the outbox has it
and sends it at most once, see tweakments/email.py), never both. Queued rows are then
followed until the outbox has sent them, retried with back-off, or given up on.
"""

import datetime
import enum
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from core.email import deliver_emails
from core.models import OutboundEmail

from .deliveries import Delivery, Mailing
from .issue_email import IssueEmail
from .models import NewsletterIssuePage, Subscriber


class Outcome(enum.Enum):
    MORE = "a batch was queued; more may wait"
    WAITING = "all queued; waiting for the outbox or a retry"
    STOP = "finished, or another run took over"


def _seconds(name):
    return datetime.timedelta(seconds=getattr(settings, name))


def send_test(issue, address):
    """The latest saved version of the issue, to one editor, marked as a test."""
    draft = issue.get_latest_revision_as_object()
    return IssueEmail(draft).queue_test(address)


def schedule_sending(issue, when, user=None):
    """Send the issue at `when` (by `newsletter_send`, run every minute). False if it
    has already gone out."""
    with transaction.atomic():
        mailing, _ = Mailing.objects.select_for_update().get_or_create(issue=issue)
        if mailing.started_at:
            return False
        mailing.status = Mailing.Status.SCHEDULED
        mailing.scheduled_for = when
        mailing.requested_by = user
        mailing.save()
    return True


def cancel_schedule(issue):
    return Mailing.objects.filter(issue=issue, status=Mailing.Status.SCHEDULED).delete()[0] > 0


def start_sending(issue, user=None):
    """Publish the issue's latest version and start sending it to its audience.

    Safe to call twice, or from two places at once: only the first starts anything.
    Returns the number of readers, or None if the issue was already sent or sending.
    """
    with transaction.atomic():
        mailing, _ = Mailing.objects.select_for_update().get_or_create(issue=issue)
        if mailing.started_at:
            return None
        issue = NewsletterIssuePage.objects.get(pk=issue.pk)
        if issue.has_unpublished_changes or not issue.live:
            issue.get_latest_revision().publish(user=user, log_action=True)
            issue = NewsletterIssuePage.objects.get(pk=issue.pk)
        readers = issue.recipients().values_list("pk", flat=True)
        Delivery.objects.bulk_create(
            [Delivery(issue=issue, subscriber_id=pk) for pk in readers.iterator()],
            batch_size=1000,
            ignore_conflicts=True,
        )
        now = timezone.now()
        mailing.status = Mailing.Status.SENDING
        mailing.started_at = mailing.last_progress_at = now
        mailing.requested_by = mailing.requested_by or user
        mailing.run += 1
        mailing.save()
        run = mailing.run
        transaction.on_commit(lambda: send_issue.enqueue(mailing.pk, run))
    return issue.deliveries.count()


def start_scheduled(now=None):
    """Start every scheduled send whose time has come; returns how many."""
    now = now or timezone.now()
    due = Mailing.objects.filter(status=Mailing.Status.SCHEDULED, scheduled_for__lte=now)
    started = 0
    for mailing in due.select_related("issue", "requested_by"):
        started += start_sending(mailing.issue, mailing.requested_by) is not None
    return started


def resume_stalled(now=None):
    """Start a new run for each send that made no progress for a while (its worker
    died, or the immediate backend left retries for later); returns how many."""
    now = now or timezone.now()
    cutoff = now - _seconds("NEWSLETTER_STALLED_AFTER_SECONDS")
    resumed = 0
    stalled = Mailing.objects.filter(status=Mailing.Status.SENDING, last_progress_at__lt=cutoff)
    for mailing_id in stalled.values_list("pk", flat=True):
        with transaction.atomic():
            mailing = Mailing.objects.select_for_update().get(pk=mailing_id)
            if mailing.status != Mailing.Status.SENDING or mailing.last_progress_at >= cutoff:
                continue
            mailing.run += 1
            mailing.last_progress_at = now
            mailing.save(update_fields=["run", "last_progress_at"])
            run = mailing.run
            transaction.on_commit(lambda pk=mailing_id, run=run: send_issue.enqueue(pk, run))
            resumed += 1
    return resumed


def _send_together(email_ids):
    """Once the transaction commits, one task sends these over one SMTP connection."""
    if email_ids:
        transaction.on_commit(lambda: deliver_emails.enqueue(email_ids))


def queue_batch(issue, issue_email, size):
    """Queue the next `size` waiting deliveries (skipping readers who have left since
    the send began); returns how many rows it settled."""
    now = timezone.now()
    retry_at = now + _seconds("NEWSLETTER_RETRY_SECONDS")
    with transaction.atomic():
        batch = list(
            Delivery.objects.filter(issue=issue, status=Delivery.Status.WAITING)
            .select_related("subscriber")
            # The subscriber row too, so an unsubscribe waits for this batch, or it for it.
            .select_for_update(skip_locked=True, of=("self", "subscriber"))
            .order_by("pk")[:size]
        )
        for delivery in batch:
            delivery.updated_at = now
            if delivery.subscriber.status != Subscriber.Status.CONFIRMED:
                delivery.status = Delivery.Status.SKIPPED
                continue
            delivery.email = issue_email.compose_for(delivery.subscriber)
            delivery.status = Delivery.Status.QUEUED
            delivery.retry_at = retry_at
        queued = [delivery for delivery in batch if delivery.email]
        OutboundEmail.objects.bulk_create([delivery.email for delivery in queued])
        for delivery in queued:
            delivery.email = delivery.email  # picks up the primary key bulk_create set
        Delivery.objects.bulk_update(batch, ["status", "email", "retry_at", "updated_at"])
        _send_together([delivery.email_id for delivery in queued])
    return len(batch)


def follow_up(issue, now=None):
    """Record what the outbox has sent; send again what is overdue, with back-off, and
    give up on what has failed too often. Returns how many deliveries are outstanding."""
    now = now or timezone.now()
    queued = Delivery.objects.filter(issue=issue, status=Delivery.Status.QUEUED)
    queued.filter(email__status=OutboundEmail.Status.SENT).update(
        status=Delivery.Status.SENT, retry_at=None, error="", updated_at=now
    )
    with transaction.atomic():
        due = list(
            queued.filter(retry_at__lte=now)
            .select_related("email")
            .select_for_update(skip_locked=True, of=("self",))
        )
        again = []
        for delivery in due:
            delivery.updated_at = now
            email = delivery.email
            if email is None:
                delivery.status = Delivery.Status.FAILED
                delivery.error = "The message was removed from the outbox before it was sent."
            elif email.status == OutboundEmail.Status.SENT:
                delivery.status = Delivery.Status.SENT
            elif email.status == OutboundEmail.Status.SENDING:
                # A worker stopped while sending it: it may have arrived, so never again.
                delivery.status = Delivery.Status.FAILED
                delivery.error = "Sending stopped half-way; not sent again in case it arrived."
            elif email.attempts >= settings.NEWSLETTER_MAX_ATTEMPTS:
                delivery.status = Delivery.Status.FAILED
                delivery.error = email.last_error or "Not sent after the last attempt."
            else:
                backoff = _seconds("NEWSLETTER_RETRY_SECONDS") * 2**email.attempts
                delivery.retry_at = now + backoff
                delivery.error = email.last_error
                again.append(email.pk)
        Delivery.objects.bulk_update(due, ["status", "error", "retry_at", "updated_at"])
        _send_together(again)
    return Delivery.objects.filter(issue=issue).outstanding().count()


def send_next_batch(mailing_id, run, issue_email=None):
    """One step of a send: a batch if any wait, else a follow-up of the queued ones."""
    mailing = Mailing.objects.select_related("issue").filter(pk=mailing_id).first()
    if mailing is None or mailing.run != run or mailing.status != Mailing.Status.SENDING:
        return Outcome.STOP
    issue = mailing.issue
    issue_email = issue_email or IssueEmail(issue)
    settled = queue_batch(issue, issue_email, settings.NEWSLETTER_BATCH_SIZE)
    outcome = Outcome.MORE if settled else Outcome.WAITING
    if not settled and not follow_up(issue):
        outcome = Outcome.STOP
    now = timezone.now()
    changes = {"last_progress_at": now}
    if outcome is Outcome.STOP:
        changes.update(status=Mailing.Status.SENT, finished_at=now)
    Mailing.objects.filter(pk=mailing_id, run=run).update(**changes)
    return outcome


@task(priority=-10)  # below the outbox's own tasks: a batch waits for the last to go out
def send_issue(mailing_id, run):
    """Send an issue batch by batch. Where the task backend can run tasks later (the
    database backend), each step is its own task, so a restarted worker carries on;
    the immediate backend (dev, tests) loops here and leaves retries to `newsletter_send`."""
    backend = send_issue.get_backend()
    issue_email = None
    while True:
        outcome = send_next_batch(mailing_id, run, issue_email)
        if outcome is Outcome.STOP:
            return
        pause = settings.NEWSLETTER_BATCH_PAUSE_SECONDS
        if outcome is Outcome.WAITING:
            pause = settings.NEWSLETTER_RETRY_SECONDS
        if backend.supports_defer:
            later = send_issue.using(run_after=timezone.now() + datetime.timedelta(seconds=pause))
            later.enqueue(mailing_id, run)
            return
        if outcome is Outcome.WAITING:
            return
        if issue_email is None:
            mailing = Mailing.objects.select_related("issue").get(pk=mailing_id)
            issue_email = IssueEmail(mailing.issue)
        time.sleep(pause)
