"""What Ask Alice holds about an asker (see core.privacy): their questions, and the
notices about them sent to moderators. E-mails to the asker are the outbox's to report."""

import datetime

from django.conf import settings

from core.models import OutboundEmail
from core.privacy import redact_log_entries, register

from .models import Question


def _notices_to_others(questions, email):
    return (
        OutboundEmail.objects.about_any(Question, [question.pk for question in questions])
        .exclude(to__iexact=email)
        .order_by("created_at")
    )


def export(email):
    questions = list(Question.objects.for_email(email).prefetch_related("tags", "treatments"))
    if not questions:
        return None
    return {
        "questions": [question.export_personal_data() for question in questions],
        "notices_to_moderators": [
            notice.export_personal_data() for notice in _notices_to_others(questions, email)
        ],
    }


def erase(email):
    """Unpublished questions are deleted; published ones stay as anonymous text.
    Their e-mails go with them (Question.emails)."""
    questions = list(Question.objects.for_email(email))
    anonymised = sum(question.is_published for question in questions)
    redact_log_entries(Question, [question.pk for question in questions])
    for question in questions:
        question.erase_personal_data()
    return {"deleted": len(questions) - anonymised, "anonymised": anonymised}


def prune(now):
    """Rejected questions are never published: deleted after a while, with their e-mails."""
    cutoff = now - datetime.timedelta(days=settings.REJECTED_QUESTION_RETENTION_DAYS)
    rejected = Question.objects.rejected_before(cutoff)
    redact_log_entries(Question, rejected.values_list("pk", flat=True))
    _, deleted = rejected.delete()
    return deleted.get(Question._meta.label, 0)


register("questions", export, erase, prune)
