"""The site-wide privacy registry (core.privacy) and the outbox's retention."""

import datetime
import io

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
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


# --- Sign-in records (django-axes) --------------------------------------------------------


def sign_in_records(username, ip="203.0.113.5", days_ago=0):
    """One row in each of django-axes' tables, as a failed and a good sign-in leave them."""
    when = timezone.now() - datetime.timedelta(days=days_ago)
    common = {"username": username, "ip_address": ip, "user_agent": "Firefox", "path_info": "/"}
    rows = [
        AccessAttempt.objects.create(
            **common, get_data="", post_data=f"username={username}", failures_since_start=3
        ),
        AccessLog.objects.create(**common),
        AccessFailureLog.objects.create(**common, locked_out=True),
    ]
    for row in rows:
        type(row).objects.filter(pk=row.pk).update(attempt_time=when)
    return rows


def test_sign_in_records_are_exported_and_erased_by_address_and_by_account(
    django_user_model, client
):
    django_user_model.objects.create_user("ann", "ann@example.com", "a-long-password-42")
    sign_in_records("ann@example.com")
    sign_in_records("ann")  # her account's username
    sign_in_records("bob@example.com")
    client.post("/admin/login/", {"username": "ann@example.com", "password": "wrong"})

    found = privacy.export("ANN@example.com")["sign_in"]
    assert len(found["attempts"]) == 3  # two above, and the wrong password just now
    assert len(found["failures"]) == 2 and len(found["logins"]) == 2
    assert {row["username"] for row in found["attempts"]} == {"ann@example.com", "ann"}
    assert {row["ip_address"] for row in found["attempts"]} == {"203.0.113.5", "127.0.0.1"}

    assert privacy.erase("ann@example.com")["sign_in"] == {"deleted": 7}
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        assert set(model.objects.values_list("username", flat=True)) == {"bob@example.com"}
    assert "sign_in" not in privacy.export("ann@example.com")


def test_prune_deletes_sign_in_records_past_their_age(settings):
    settings.SIGN_IN_RECORD_RETENTION_DAYS = 30
    sign_in_records("old@example.com", days_ago=31)
    sign_in_records("new@example.com", days_ago=29)
    out = io.StringIO()
    call_command("prune", stdout=out)
    assert "sign_in: deleted 3" in out.getvalue()
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        assert list(model.objects.values_list("username", flat=True)) == ["new@example.com"]
