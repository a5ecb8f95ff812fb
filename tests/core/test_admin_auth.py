"""Admin sign-in lock-out (django-axes) and the password reset through the outbox."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client
from django.urls import reverse

from core.admin_auth import RESETS_PER_HOUR
from core.models import OutboundEmail

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-42"


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def editor(home_page):
    return get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)


def sign_in(password, username="editor", ip="10.0.0.1"):
    return Client(REMOTE_ADDR=ip).post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}
    )


def test_five_wrong_passwords_lock_that_username_from_that_address(editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in("wrong").status_code == 200
    locked = sign_in("wrong")
    assert locked.status_code == 429
    assert "Sign-in paused" in locked.content.decode() and "15 minutes" in locked.content.decode()
    # Even the right password waits, from this address.
    assert sign_in(PASSWORD).status_code == 429


def test_a_stranger_cannot_lock_the_real_editor_out(editor, settings):
    """Address A is locked after guessing the editor's password; the editor, signing in
    from address B, gets in at once (a lock per username alone would let anyone keep
    the real editor out for ever)."""
    for _ in range(settings.AXES_FAILURE_LIMIT + 3):
        sign_in("wrong", ip="203.0.113.9")
    assert sign_in(PASSWORD, ip="203.0.113.9").status_code == 429
    assert sign_in(PASSWORD, ip="198.51.100.7").status_code == 302


def test_one_address_guessing_many_usernames_is_locked_out(editor, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        assert sign_in("wrong", username=f"guess{number}").status_code in (200, 429)
    assert sign_in(PASSWORD).status_code == 429
    assert sign_in(PASSWORD, username=f"guess{settings.AXES_FAILURE_LIMIT}").status_code == 429
    assert sign_in(PASSWORD, ip="10.0.0.9").status_code == 302  # the editor elsewhere


def test_a_right_password_clears_earlier_mistakes(editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in("wrong")
    assert sign_in(PASSWORD).status_code == 302
    assert sign_in("wrong").status_code == 200


def reset(email="editor@example.com"):
    return Client().post(reverse("wagtailadmin_password_reset"), {"email": email})


def test_password_reset_mail_waits_in_the_outbox_while_the_mail_server_is_down(
    editor, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        response = reset()
    assert response.status_code == 302
    email = OutboundEmail.objects.get()
    assert email.to == "editor@example.com" and email.about == editor
    assert (
        email.status == OutboundEmail.Status.PENDING and "/admin/password_reset/" in email.body_text
    )

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(RESETS_PER_HOUR + 2):
            reset()
    assert OutboundEmail.objects.count() == RESETS_PER_HOUR
    assert len(mail.outbox) == RESETS_PER_HOUR - 1
