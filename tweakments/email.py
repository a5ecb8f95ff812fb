"""Every e-mail the site sends goes through this outbox.

`queue_email` stores the message in the same transaction as the data it is about and,
once that commits, enqueues a task to send it. A failed send stays in the outbox and
`manage.py send_queued_email` (run on a schedule) retries it, so an outage of the mail
server delays e-mail but loses none.
"""

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone
from django_tasks import task

from .models import OutboundEmail


def queue_email(to, subject, template, context, headers=None, *, about=None):
    """Render `template`.txt (and .html if present) and queue it for `to`.

    `about` is the record the e-mail concerns (a question, a subscriber...): privacy
    requests find the e-mail through it, and deleting it deletes the e-mail.
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
    transaction.on_commit(lambda: deliver_email.enqueue(email.pk))
    return email


@task()
def deliver_email(email_id):
    with transaction.atomic():
        email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status == OutboundEmail.Status.SENT:
            return
        message = EmailMultiAlternatives(
            subject=email.subject, body=email.body_text, to=[email.to], headers=email.headers
        )
        if email.body_html:
            message.attach_alternative(email.body_html, "text/html")
        email.attempts += 1
        try:
            message.send()
        except Exception as error:  # noqa: BLE001 - any transport error means "try later"
            email.last_error = f"{type(error).__name__}: {error}"[:1000]
            email.save(update_fields=["attempts", "last_error"])
            return
        email.status = OutboundEmail.Status.SENT
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["attempts", "status", "sent_at", "last_error"])
