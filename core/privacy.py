"""Subject access and erasure (UK GDPR) for the whole site, app by app.

Each app says what it holds about an e-mail address in its own `privacy.py` module,
calling `register(label, export, erase, prune=None)` there:
- `export(email)` returns JSON-ready data, or None when it holds nothing;
- `erase(email)` removes or anonymises it and returns counts, e.g. {"deleted": 2};
- `prune(now)` deletes what is past its retention period and returns how many.
`manage.py privacy_export --email` / `privacy_erase --email` / `prune` ask every
registered app, so a new app joins by adding its `privacy.py`, without editing them.

Matching is exact (case-insensitive) on stored addresses and on what e-mails are about,
never a search of free text. This module covers the shell: the outbox, Wagtail's admin
log and django-axes' sign-in records.
"""

import datetime

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from wagtail.models import ModelLogEntry

from .models import OutboundEmail

REDACTED = "[erased]"
_handlers = {}


def register(label, export, erase, prune=None):
    _handlers[label] = (export, erase, prune)


def handlers():
    autodiscover_modules("privacy")  # imports every app's privacy.py once
    return dict(sorted(_handlers.items()))


def export(email):
    """{app label: its data} for every app holding something about `email`."""
    email = email.strip()
    found = {label: app_export(email) for label, (app_export, _, _) in handlers().items()}
    return {label: data for label, data in found.items() if data}


@transaction.atomic
def erase(email):
    """{app label: counts}; all apps erase in one transaction or none does."""
    email = email.strip()
    return {label: app_erase(email) for label, (_, app_erase, _) in handlers().items()}


@transaction.atomic
def prune(now=None):
    """{app label: rows deleted} for every app with a retention rule."""
    now = now or timezone.now()
    return {label: app_prune(now) for label, (_, _, app_prune) in handlers().items() if app_prune}


def redact_log_entries(model, ids):
    """Blank the admin history's copy of records being erased: its label is the
    record's str() (an address, a question) and its data may quote fields."""
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in ids],
    ).update(label=REDACTED, data={})


# --- The shell's own records --------------------------------------------------------------


def export_outbox(email):
    messages = OutboundEmail.objects.to_address(email).order_by("created_at")
    return [message.export_personal_data() for message in messages]


def erase_outbox(email):
    deleted, _ = OutboundEmail.objects.to_address(email).delete()
    return {"deleted": deleted}


def prune_outbox(now):
    """Sent e-mail holds whole bodies and long-lived personal links: kept a while only."""
    cutoff = now - datetime.timedelta(days=settings.OUTBOX_RETENTION_DAYS)
    deleted, _ = OutboundEmail.objects.sent_before(cutoff).delete()
    return deleted


def _log_entries_naming(email):
    return (
        ModelLogEntry.objects.filter(label__iexact=email) if email else ModelLogEntry.objects.none()
    )


def export_admin_log(email):
    return [
        {"action": entry.action, "label": entry.label, "timestamp": entry.timestamp.isoformat()}
        for entry in _log_entries_naming(email).order_by("timestamp")
    ]


def erase_admin_log(email):
    return {"redacted": _log_entries_naming(email).update(label=REDACTED, data={})}


# Sign-in records: failed attempts (which drive the lock-out), and the logs of sign-ins and
# failures when AXES_DISABLE_ACCESS_LOG / AXES_ENABLE_ACCESS_FAILURE_LOG turn them on. Each
# row holds the username typed (often an e-mail address), the address and the browser.
SIGN_IN_RECORDS = {"attempts": AccessAttempt, "logins": AccessLog, "failures": AccessFailureLog}
SIGN_IN_FIELDS = ("username", "ip_address", "user_agent", "path_info", "attempt_time")


def _usernames(email):
    """The address itself, and the usernames of accounts with that address."""
    accounts = get_user_model().objects.filter(email__iexact=email)
    return [email.lower(), *(name.lower() for name in accounts.values_list("username", flat=True))]


def _sign_in_rows(model, email):
    if not email:
        return model.objects.none()
    return model.objects.annotate(lower_username=Lower("username")).filter(
        lower_username__in=_usernames(email)
    )


def _as_data(row):
    data = {field: getattr(row, field) for field in SIGN_IN_FIELDS}
    data["attempt_time"] = row.attempt_time.isoformat()
    # Not post_data: the form as sent, with the username and password masked by django-axes.
    for extra in ("failures_since_start", "locked_out", "logout_time"):
        if hasattr(row, extra):
            value = getattr(row, extra)
            data[extra] = value.isoformat() if hasattr(value, "isoformat") else value
    return data


def export_sign_ins(email):
    found = {
        label: [_as_data(row) for row in _sign_in_rows(model, email).order_by("attempt_time")]
        for label, model in SIGN_IN_RECORDS.items()
    }
    return found if any(found.values()) else None


def _delete(rows):
    _, per_model = rows.delete()
    return per_model.get(rows.model._meta.label, 0)  # not the lock-out expiry rows with them


def erase_sign_ins(email):
    return {
        "deleted": sum(_delete(_sign_in_rows(model, email)) for model in SIGN_IN_RECORDS.values())
    }


def prune_sign_ins(now):
    cutoff = now - datetime.timedelta(days=settings.SIGN_IN_RECORD_RETENTION_DAYS)
    return sum(
        _delete(model.objects.filter(attempt_time__lt=cutoff)) for model in SIGN_IN_RECORDS.values()
    )


register("outbox", export_outbox, erase_outbox, prune_outbox)
register("admin_log", export_admin_log, erase_admin_log)
register("sign_in", export_sign_ins, erase_sign_ins, prune_sign_ins)
