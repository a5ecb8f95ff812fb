"""E-mail about questions. Each is queued in the outbox (core.email), so a mail
server outage delays it but loses nothing."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils import timezone

from core.email import queue_email
from core.models import OutboundEmail, SiteSettings

from .question import Question, admin_edit_url

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


def question_received(question, ask_page):
    """Thank the asker (without repeating their text) and tell the moderators."""
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
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + admin_edit_url(question)
    for user in moderators():
        queue_email(
            user.email,
            f"New question for Alice: {question.title}",
            "questions/emails/new_question",
            {**context, "admin_url": admin_url},
            about=question,
        )


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
