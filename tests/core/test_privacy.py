"""The site-wide privacy registry (core.privacy) and the outbox's retention."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core import privacy
from core.models import OutboundEmail
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def test_every_app_answers_through_the_registry():
    assert {"admin_log", "outbox", "questions", "newsletter"} <= set(privacy.handlers())


def test_a_new_app_joins_by_registering(monkeypatch):
    monkeypatch.setattr(privacy, "_handlers", dict(privacy.handlers()))
    erased = []
    privacy.register(
        "chatbot", lambda email: {"chats": 1}, lambda email: erased.append(email) or {"deleted": 1}
    )
    assert privacy.export("a@example.com")["chatbot"] == {"chats": 1}
    assert privacy.erase(" a@example.com ")["chatbot"] == {"deleted": 1}
    assert erased == ["a@example.com"]


def test_admin_log_entries_naming_the_address_are_exported_and_redacted():
    subscriber = SubscriberFactory(email="ann@example.com")
    ModelLogEntry.objects.log_action(subscriber, "wagtail.edit")
    ModelLogEntry.objects.log_action(SubscriberFactory(email="jo.ann@example.com"), "wagtail.edit")
    (entry,) = privacy.export("ANN@example.com")["admin_log"]
    assert entry["label"] == "ann@example.com"
    privacy.erase_admin_log("ann@example.com")
    assert sorted(ModelLogEntry.objects.values_list("label", flat=True)) == [
        "[erased]",
        "jo.ann@example.com",
    ]


def test_prune_deletes_sent_mail_past_its_age_and_keeps_the_rest(settings):
    settings.OUTBOX_RETENTION_DAYS = 90
    now = timezone.now()

    def email(status, sent_days_ago=None):
        return OutboundEmail.objects.create(
            to="a@example.com",
            subject=f"{status} {sent_days_ago}",
            body_text="x",
            status=status,
            sent_at=None if sent_days_ago is None else now - datetime.timedelta(days=sent_days_ago),
        )

    email(OutboundEmail.Status.SENT, 91)
    kept = [email(OutboundEmail.Status.SENT, 89), email(OutboundEmail.Status.PENDING)]
    out = io.StringIO()
    call_command("prune", stdout=out)
    assert "outbox: deleted 1" in out.getvalue()
    assert list(OutboundEmail.objects.order_by("pk")) == kept
