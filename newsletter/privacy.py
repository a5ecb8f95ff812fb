"""What the mailing list holds about an address (see core.privacy). Its e-mails
are the outbox's to report; deleting the subscriber deletes them (Subscriber.emails)."""

from core.privacy import redact_log_entries, register

from .models import Subscriber, normalise_email


def _subscriber(email):
    return Subscriber.objects.filter(email_normalised=normalise_email(email))


def export(email):
    subscriber = _subscriber(email).prefetch_related("interests").first()
    if subscriber is None:
        return None

    def when(moment):
        return moment.isoformat() if moment else None

    return {
        "email": subscriber.email,
        "first_name": subscriber.first_name,
        "status": subscriber.status,
        "interests": sorted(tag.name for tag in subscriber.interests.all()),
        "signed_up_at": when(subscriber.created_at),
        "consent_given_at": when(subscriber.consent_given_at),
        "consent_version": subscriber.consent_version,
        "consent_wording": subscriber.consent_wording,
        "source_page": subscriber.source_path,
        "confirmation_sent_at": when(subscriber.confirmation_sent_at),
        "confirmed_at": when(subscriber.confirmed_at),
        "unsubscribed_at": when(subscriber.unsubscribed_at),
    }


def erase(email):
    subscribers = _subscriber(email)
    redacted = redact_log_entries(Subscriber, subscribers.values_list("pk", flat=True))
    _, deleted = subscribers.delete()
    return {"deleted": deleted.get(Subscriber._meta.label, 0), "log_entries_redacted": redacted}


register("newsletter", export, erase)
