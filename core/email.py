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


def compose_email(to, subject, template, context, headers=None, *, about=None):
    """Render `template`.txt (and .html if present) for `to` as an unsaved outbox row,
    for a caller that stores many at once and sends them together (`deliver_emails`)."""
    # Plain text is not HTML: the "text" engine does not escape (O'Brien, not O&#x27;Brien).
    body_text = render_to_string(f"{template}.txt", context, using="text").strip()
    try:
        html_template = get_template(f"{template}.html", using="django")
    except TemplateDoesNotExist:  # the HTML part is optional
        body_html = ""
    else:
        body_html = html_template.render(context)
    return OutboundEmail(
        to=to,
        subject=" ".join(subject.split()),  # no line breaks: they would inject headers
        body_text=body_text,
        body_html=body_html,
        headers=headers or {},
        about=about,
    )


def queue_email(to, subject, template, context, headers=None, *, about=None):
    """Store the e-mail (see `compose_email`) in the outbox and send it once the
    transaction commits.

    `about` is the record the e-mail concerns (a question, a subscriber...): privacy
    requests find the e-mail through it, and deleting it deletes the e-mail.
    """
    email = compose_email(to, subject, template, context, headers, about=about)
    email.save()
    transaction.on_commit(lambda: deliver_email.enqueue(email.pk))
    return email


def _message(email):
    message = EmailMultiAlternatives(
        subject=email.subject, body=email.body_text, to=[email.to], headers=email.headers
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    return message


def _error(error):
    return f"{type(error).__name__}: {error}"[:1000]


def send_emails(email_ids):
    """Send these outbox e-mails over one connection to the mail server; returns how
    many were sent.

    At most once: each message is claimed (PENDING to SENDING, committed) just before it
    is handed to the server and marked SENT as soon as the server has taken it, so a
    crash leaves at most that one message SENDING, which nothing sends again (it may have
    arrived). A refusal puts it back to PENDING for a retry and touches no other message.
    """
    outbox = OutboundEmail.objects.filter(status=OutboundEmail.Status.PENDING)
    sent = 0
    connection = get_connection()
    try:
        for email in list(outbox.filter(pk__in=email_ids).order_by("pk")):
            try:
                connection.open()  # a no-op while the session is up; reconnects after a failure
            except Exception as error:  # noqa: BLE001 - the server is unreachable: try later
                OutboundEmail.objects.filter(pk=email.pk).update(last_error=_error(error))
                break
            # The conditional update is the claim: another worker that got here first wins.
            if not outbox.filter(pk=email.pk).update(
                status=OutboundEmail.Status.SENDING, attempts=F("attempts") + 1
            ):
                continue
            try:
                connection.send_messages([_message(email)])
            except Exception as error:  # noqa: BLE001 - any transport error means "try later"
                OutboundEmail.objects.filter(pk=email.pk).update(
                    status=OutboundEmail.Status.PENDING, last_error=_error(error)
                )
                connection.close()  # a broken session must not carry on to the next message
                continue
            OutboundEmail.objects.filter(pk=email.pk).update(
                status=OutboundEmail.Status.SENT, sent_at=timezone.now(), last_error=""
            )
            sent += 1
    finally:
        connection.close()
    return sent


@task()
def deliver_email(email_id):
    send_emails([email_id])


@task()
def deliver_emails(email_ids):
    send_emails(email_ids)
