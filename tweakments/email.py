"""Every e-mail the site sends goes through this outbox.

`queue_email` stores the message in the same transaction as the data it is about and,
once that commits, enqueues a task to send it. A failed send stays in the outbox and
`manage.py send_queued_email` (run on a schedule) retries it, so an outage of the mail
server delays e-mail but loses none.
"""

from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django_tasks import task

from .models import OutboundEmail


def queue_email(to, subject, template, context, headers=None, *, about=None, send=True):
    """Render `template`.txt (and .html if present) and queue it for `to`.

    `about` is the record the e-mail concerns (a question, a subscriber...): privacy
    requests find the e-mail through it, and deleting it deletes the e-mail. With
    `send=False` the caller sends it, with others over one connection (`deliver_emails`).
    """
    # Plain text is not HTML: the "text" engine does not escape (O'Brien, not O&#x27;Brien).
    body_text = render_to_string(f"{template}.txt", context, using="text").strip()
    try:
        html_template = get_template(f"{template}.html", using="django")
    except TemplateDoesNotExist:  # the HTML part is optional
        body_html = ""
    else:
        body_html = html_template.render(context)
    email = OutboundEmail.objects.create(
        to=to,
        subject=" ".join(subject.split()),  # no line breaks: they would inject headers
        body_text=body_text,
        body_html=body_html,
        headers=headers or {},
        about=about,
    )
    if send:
        transaction.on_commit(lambda: deliver_email.enqueue(email.pk))
    return email


def _message(email):
    message = EmailMultiAlternatives(
        subject=email.subject, body=email.body_text, to=[email.to], headers=email.headers
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    return message


def send_emails(email_ids):
    """Send these outbox e-mails over one connection to the mail server.

    At most once: the rows are first marked SENDING (and committed), then each is marked
    SENT as soon as the server has taken it. A failure puts a row back to PENDING for a
    retry; a crash in between leaves it SENDING, which nothing sends again, because the
    server may already have it. Returns how many were sent.
    """
    with transaction.atomic():
        claimed = list(
            OutboundEmail.objects.select_for_update(skip_locked=True)
            .filter(pk__in=email_ids, status=OutboundEmail.Status.PENDING)
            .order_by("pk")
        )
        OutboundEmail.objects.filter(pk__in=[email.pk for email in claimed]).update(
            status=OutboundEmail.Status.SENDING, attempts=F("attempts") + 1
        )
    if not claimed:
        return 0
    retry = []  # not sent: back to PENDING
    untried = 0  # the position of the first message not yet handed to the server
    connection = get_connection()
    try:
        for email in claimed:
            try:
                # A no-op while the session is up; reconnects after a failure.
                connection.open()
            except Exception as error:  # noqa: BLE001 - the server is unreachable: try later
                email.last_error = f"{type(error).__name__}: {error}"[:1000]
                break
            untried += 1
            try:
                connection.send_messages([_message(email)])
            except Exception as error:  # noqa: BLE001 - any transport error means "try later"
                email.last_error = f"{type(error).__name__}: {error}"[:1000]
                retry.append(email)
                connection.close()  # a broken session must not carry on to the next one
                continue
            # One small update each rather than one per batch: a crash here leaves at
            # most this one message SENDING, not a whole batch that was delivered.
            OutboundEmail.objects.filter(pk=email.pk).update(
                status=OutboundEmail.Status.SENT, sent_at=timezone.now(), last_error=""
            )
    finally:
        connection.close()
        # Those never handed to the server are safe to retry, even if the loop broke.
        retry += claimed[untried:]
        for email in retry:
            email.status = OutboundEmail.Status.PENDING
        OutboundEmail.objects.bulk_update(retry, ["status", "last_error"])
    return len(claimed) - len(retry)


@task()
def deliver_email(email_id):
    send_emails([email_id])


@task()
def deliver_emails(email_ids):
    send_emails(email_ids)
