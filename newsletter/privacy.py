"""What the mailing list holds about one address, for access and erasure requests."""

from django.db import transaction

from tweakments.models import OutboundEmail

from .models import Subscriber, normalise_email


def _newsletter_emails(address):
    # The mailing list's e-mails are the ones that carry its unsubscribe header.
    return OutboundEmail.objects.filter(
        to__iexact=address.strip(), headers__has_key="List-Unsubscribe"
    )


def personal_data(address):
    """Everything stored about `address`, as JSON-ready data (None if nothing)."""
    subscriber = (
        Subscriber.objects.filter(email_normalised=normalise_email(address))
        .prefetch_related("interests")
        .first()
    )
    emails = _newsletter_emails(address).order_by("created_at")
    if subscriber is None and not emails:
        return None

    def when(moment):
        return moment.isoformat() if moment else None

    return {
        "subscriber": subscriber
        and {
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
        },
        "emails": [
            {
                "subject": email.subject,
                "status": email.status,
                "queued_at": when(email.created_at),
                "sent_at": when(email.sent_at),
            }
            for email in emails
        ],
    }


@transaction.atomic
def erase(address):
    """Delete the subscriber and the mailing list's e-mails to them; returns the counts."""
    _, subscribers = Subscriber.objects.filter(email_normalised=normalise_email(address)).delete()
    emails, _ = _newsletter_emails(address).delete()
    return {"subscribers": subscribers.get(Subscriber._meta.label, 0), "emails": emails}
