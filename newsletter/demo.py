"""Demo mailing-list subscribers for `manage.py seed_demo`.

Fictional people at example domains (reserved for documentation, never delivered to),
in every state an editor meets: confirmed (some this week), pending (some expired, for
`newsletter_purge_pending`) and unsubscribed.
"""

import datetime

from django.utils import timezone
from taggit.models import Tag
from wagtail import hooks

from .models import CURRENT_CONSENT_VERSION, Subscriber

# (first name, e-mail, status, days since signing up, interests)
SUBSCRIBERS = [
    ("Harriet", "harriet.lowe@example.com", "confirmed", 1, ["Skin boosters", "Prices"]),
    ("Priya", "priya.n@example.org", "confirmed", 2, ["Injectables"]),
    ("", "skin.diary@example.net", "confirmed", 3, ["Skincare"]),
    ("Tom", "tom.achebe@example.com", "confirmed", 4, ["Lasers and energy devices"]),
    ("Grace", "grace.okafor@example.com", "confirmed", 5, ["Exosomes", "Regenerative aesthetics"]),
    ("Mei", "mei.lin@example.org", "confirmed", 6, []),
    ("Siobhan", "siobhan.k@example.net", "confirmed", 9, ["Safety and regulation"]),
    ("Amir", "amir.haddad@example.com", "confirmed", 11, ["Injectables", "Prices"]),
    ("Lucy", "lucy.fairweather@example.com", "confirmed", 13, ["Skincare", "Skin boosters"]),
    ("", "glow.notes@example.org", "confirmed", 15, ["Exosomes"]),
    ("Joanna", "joanna.price@example.net", "confirmed", 18, ["Lasers and energy devices"]),
    ("Beatrice", "bea.marsh@example.com", "confirmed", 21, ["Regenerative aesthetics"]),
    ("Kwame", "kwame.mensah@example.org", "confirmed", 24, ["Safety and regulation", "Prices"]),
    ("Fiona", "fiona.gallagher@example.com", "confirmed", 27, []),
    ("Rosa", "rosa.delgado@example.net", "confirmed", 30, ["Skincare"]),
    ("Hannah", "h.whitaker@example.com", "confirmed", 34, ["Injectables", "Skin boosters"]),
    ("Olu", "olu.adeyemi@example.org", "confirmed", 38, ["Lasers and energy devices"]),
    ("Imogen", "imogen.tate@example.com", "confirmed", 42, ["Exosomes", "Skincare"]),
    ("Deepa", "deepa.r@example.net", "confirmed", 47, ["Prices"]),
    ("Claire", "claire.benoit@example.com", "confirmed", 53, ["Safety and regulation"]),
    ("Nadia", "nadia.farouk@example.org", "confirmed", 58, ["Regenerative aesthetics"]),
    ("Sam", "sam.o.reilly@example.com", "confirmed", 64, ["Injectables"]),
    ("Yasmin", "yasmin.cole@example.net", "confirmed", 71, ["Skincare", "Prices"]),
    ("Eleanor", "eleanor.voss@example.com", "confirmed", 80, []),
    ("Chloe", "chloe.p@example.org", "pending", 0, ["Skin boosters"]),
    ("", "newreader@example.com", "pending", 1, []),
    ("Ruth", "ruth.ansah@example.net", "pending", 2, ["Injectables"]),
    ("Isla", "isla.mcrae@example.com", "pending", 5, ["Skincare"]),
    ("Ben", "ben.hartley@example.org", "pending", 12, ["Prices"]),
    ("", "maybe.later@example.net", "pending", 20, []),
    ("Ava", "ava.brennan@example.com", "unsubscribed", 40, ["Lasers and energy devices"]),
    ("Marcus", "marcus.lee@example.org", "unsubscribed", 55, []),
    ("Jade", "jade.w@example.net", "unsubscribed", 66, ["Injectables"]),
    ("Ines", "ines.moreau@example.com", "unsubscribed", 75, ["Skincare"]),
    ("Kate", "kate.oduya@example.org", "unsubscribed", 90, ["Safety and regulation"]),
]
SOURCES = ["/", "/news/", "/newsletter/"]


def seed_subscribers():
    now = timezone.now()
    topics = {tag.name: tag for tag in Tag.objects.all()}
    for number, (first_name, email, status, days_ago, interests) in enumerate(SUBSCRIBERS):
        signed_up = now - datetime.timedelta(days=days_ago, hours=number % 9, minutes=number * 7)
        settled = signed_up + datetime.timedelta(hours=2)
        subscriber, _ = Subscriber.objects.update_or_create(
            email_normalised=email,
            defaults={
                "email": email,
                "first_name": first_name,
                "status": status,
                "consent_version": CURRENT_CONSENT_VERSION,
                "consent_given_at": signed_up,
                "source_path": SOURCES[number % len(SOURCES)],
                "created_at": signed_up,
                "confirmation_sent_at": signed_up,
                "confirmed_at": settled if status != "pending" else None,
                "unsubscribed_at": now - datetime.timedelta(days=days_ago // 3)
                if status == "unsubscribed"
                else None,
            },
        )
        subscriber.interests.set([topics[name] for name in interests if name in topics])


@hooks.register("seed_demo_steps", order=40)
def newsletter_steps():
    return [("Mailing-list subscribers", seed_subscribers)]
