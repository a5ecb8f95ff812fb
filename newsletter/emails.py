"""The mailing list's e-mails. Each carries its reader's unsubscribe link, also as the
List-Unsubscribe headers (RFC 8058) that let mail clients unsubscribe in one click."""

from core.email import queue_email
from core.models import SiteSettings
from core.sites import absolute_url

from .models import CONFIRMATION_MAX_AGE


def send_to_subscriber(subscriber, subject, template, request=None, **context):
    """Queue `template` for one subscriber; "{site_name}" in the subject is filled in."""
    site_name = SiteSettings.load(request_or_site=request).site_name
    unsubscribe_url = absolute_url(subscriber.unsubscribe_url)
    return queue_email(
        subscriber.email,
        subject.format(site_name=site_name),
        template,
        {
            "site_name": site_name,
            "subscriber": subscriber,
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": absolute_url(subscriber.preferences_url),
            **context,
        },
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        about=subscriber,
    )


def send_confirmation(subscriber, request=None):
    return send_to_subscriber(
        subscriber,
        "Please confirm your subscription to {site_name}",
        "newsletter/emails/confirm",
        request,
        confirm_url=absolute_url(subscriber.confirm_url),
        confirmation_days=CONFIRMATION_MAX_AGE.days,
    )


def send_welcome(subscriber, request=None):
    return send_to_subscriber(
        subscriber,
        "Welcome to the newsletter from {site_name}",
        "newsletter/emails/welcome",
        request,
        interests=list(subscriber.interests.order_by("name")),
    )
