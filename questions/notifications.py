"""E-mail about questions. Each is queued in the outbox (core.email), so a mail
server outage delays it but loses nothing.

Moderators hear of each question by itself while few arrive: fewer than
QUESTION_ALERT_LIMIT in the last QUESTION_DIGEST_MINUTES. Past that, questions wait for
`manage.py questions_digest` (run every few minutes), which sends each moderator one
e-mail for all of them, at most once every QUESTION_DIGEST_MINUTES. A flood of questions
therefore costs each moderator QUESTION_ALERT_LIMIT e-mails and one digest per interval.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.email import queue_email
from core.models import OutboundEmail, SiteSettings

from .question import Question, admin_edit_url, admin_waiting_url

ACKNOWLEDGEMENTS_PER_DAY = 3


def moderators():
    """Active users who can answer questions, with an e-mail address."""
    permission = Permission.objects.filter(
        content_type__app_label="questions", codename="change_question"
    ).first()
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions=permission)
            | Q(user_permissions=permission)
        )
        .exclude(email="")
        .distinct()
    )


def acknowledgements_left(address):
    """Whether `address` may be sent another acknowledgement today. Anyone can type any
    address in the form, so without a cap it could be used to mail a stranger."""
    sent = (
        OutboundEmail.objects.to_address(address)
        .about_model(Question)
        .filter(created_at__gte=timezone.now() - datetime.timedelta(days=1))
        .count()
    )
    return sent < ACKNOWLEDGEMENTS_PER_DAY


def digest_interval():
    return datetime.timedelta(minutes=settings.QUESTION_DIGEST_MINUTES)


def admin_link(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def question_received(question, ask_page, now=None):
    """Thank the asker (without repeating their text) and tell the moderators, now or in
    the next digest."""
    now = now or timezone.now()
    context = {
        "question": question,
        "page": ask_page,
        "site_name": SiteSettings.load().site_name,
    }
    if acknowledgements_left(question.email):
        queue_email(
            question.email,
            "We've received your question for Alice",
            "questions/emails/question_received",
            context,
            about=question,
        )
    arrived = Question.objects.filter(created_at__gt=now - digest_interval(), created_at__lte=now)
    if arrived.count() > settings.QUESTION_ALERT_LIMIT:
        return  # a busy spell: the digest tells them
    for user in moderators():
        queue_email(
            user.email,
            f"New question for Alice: {question.title}",
            "questions/emails/new_question",
            {**context, "admin_url": admin_link(admin_edit_url(question))},
            about=question,
        )
    question.moderators_notified_at = now
    question.save(update_fields=["moderators_notified_at"])


@transaction.atomic
def send_digest(now=None):
    """One e-mail to each moderator about the questions no one was told of, once the
    first of them has waited QUESTION_DIGEST_MINUTES; returns how many moderators."""
    now = now or timezone.now()
    waiting = Question.objects.awaiting_alert()
    if not waiting.filter(created_at__lte=now - digest_interval()).exists():
        return 0
    # Locked, so that a second run at the same time finds them told and sends nothing.
    ids = list(waiting.select_for_update().values_list("pk", flat=True))
    if not ids:
        return 0
    Question.objects.filter(pk__in=ids).update_bookkeeping(moderators_notified_at=now)
    recipients = list(moderators())
    context = {
        "new_count": len(ids),
        "waiting_count": Question.objects.waiting().count(),
        "admin_url": admin_link(admin_waiting_url()),
        "site_name": SiteSettings.load().site_name,
        "minutes": settings.QUESTION_DIGEST_MINUTES,
    }
    subject = (
        f"{len(ids)} new questions for Alice are waiting"
        if len(ids) > 1
        else "A new question for Alice is waiting"
    )
    for user in recipients:
        queue_email(
            user.email,
            subject,
            "questions/emails/moderation_digest",
            context,
            about=user,
        )
    return len(recipients)


def answer_published(question, page):
    """E-mail the asker the link to the answer (on the Ask Alice `page`), once: the caller
    saves the question with `asker_notified_at` (see `mark_asker_notified`)."""
    if not question.email or page is None:
        return
    queue_email(
        question.email,
        f"{question.answerer_name} has answered your question",
        "questions/emails/answer_published",
        {
            "question": question,
            "url": page.question_full_url(question),
            "site_name": SiteSettings.load().site_name,
        },
        about=question,
    )


def mark_asker_notified(question):
    """True (and the time noted) when the asker is still to be told of their answer."""
    if question.is_published and question.email and not question.asker_notified_at:
        question.asker_notified_at = timezone.now()
        return True
    return False
