"""Subject access and erasure for askers (UK GDPR), behind the two management commands."""

from django.db import transaction
from django.db.models import Q

from tweakments.models import OutboundEmail

from .models import Question


def _emails_about(email):
    """E-mails sent to the address, and the moderators' notices that quote it."""
    email = email.strip()
    if not email:
        return OutboundEmail.objects.none()
    return OutboundEmail.objects.filter(Q(to__iexact=email) | Q(body_text__icontains=email))


def personal_data(email):
    questions = Question.objects.for_email(email).prefetch_related("tags", "treatments")
    return {
        "email": email.strip(),
        "questions": [question.export_personal_data() for question in questions],
        "emails": [
            {
                "to": message.to,
                "subject": message.subject,
                "body": message.body_text,
                "status": message.status,
                "created_at": message.created_at.isoformat(),
                "sent_at": message.sent_at.isoformat() if message.sent_at else None,
            }
            for message in _emails_about(email).order_by("created_at")
        ],
    }


@transaction.atomic
def erase(email):
    questions = list(Question.objects.for_email(email))
    anonymised = sum(question.is_published for question in questions)
    for question in questions:
        question.erase_personal_data()
    emails, _ = _emails_about(email).delete()
    return {"deleted": len(questions) - anonymised, "anonymised": anonymised, "emails": emails}
