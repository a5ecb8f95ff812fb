"""E-mail about questions. Each is queued in the outbox (tweakments.email), so a mail
server outage delays it but loses nothing."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils import timezone

from tweakments.email import queue_email
from tweakments.models import SiteSettings

from .models import AskAlicePage, admin_edit_url


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


def question_received(question):
    """Thank the asker and tell the moderators a question is waiting."""
    context = {
        "question": question,
        "page": AskAlicePage.objects.live().first(),
        "site_name": SiteSettings.load().site_name,
    }
    queue_email(
        question.email,
        "We've received your question for Alice",
        "questions/emails/question_received",
        context,
    )
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + admin_edit_url(question)
    for user in moderators():
        queue_email(
            user.email,
            f"New question for Alice: {question.title}",
            "questions/emails/new_question",
            {**context, "admin_url": admin_url},
        )


def answer_published(question):
    """E-mail the asker the link to the answer, once."""
    page = AskAlicePage.objects.live().first()
    if question.asker_notified_at or not question.email or page is None:
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
    )
    question.asker_notified_at = timezone.now()
    question.save(update_fields=["asker_notified_at"])
