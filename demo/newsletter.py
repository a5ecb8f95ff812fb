"""Demo mailing-list subscribers (content in `demo/content/newsletter/`)."""

import datetime

from django.utils import timezone
from taggit.models import Tag

from newsletter.models import CURRENT_CONSENT_VERSION, Subscriber

from . import content

SECTION = "newsletter"


def seed_subscribers():
    data = content.load(SECTION, "subscribers")
    sources = data["sources"]
    now = timezone.now()
    topics = {tag.name: tag for tag in Tag.objects.all()}
    for number, item in enumerate(data["subscribers"]):
        days_ago, status = item["days_ago"], item["status"]
        signed_up = now - datetime.timedelta(days=days_ago, hours=number % 9, minutes=number * 7)
        settled = signed_up + datetime.timedelta(hours=2)
        subscriber, _ = Subscriber.objects.update_or_create(
            email_normalised=item["email"],
            defaults={
                "email": item["email"],
                "first_name": item["first_name"],
                "status": status,
                "consent_version": CURRENT_CONSENT_VERSION,
                "consent_given_at": signed_up,
                "source_path": sources[number % len(sources)],
                "created_at": signed_up,
                "confirmation_sent_at": signed_up,
                "confirmed_at": settled if status != "pending" else None,
                "unsubscribed_at": now - datetime.timedelta(days=days_ago // 3)
                if status == "unsubscribed"
                else None,
            },
        )
        subscriber.interests.set([topics[name] for name in item["interests"] if name in topics])


STEPS = [("Mailing-list subscribers", seed_subscribers)]
