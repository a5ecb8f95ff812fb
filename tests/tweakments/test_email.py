import io

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

from tweakments.email import queue_email
from tweakments.models import OutboundEmail

pytestmark = pytest.mark.django_db


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def template(settings, tmp_path):
    (tmp_path / "hello.txt").write_text("Hello {{ name }}, welcome.")
    (tmp_path / "hello.html").write_text("<p>Hello {{ name }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    return "hello"


def test_email_is_stored_then_sent_by_a_task(template, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue_email("reader@example.com", "Welcome", template, {"name": "<b>Ann</b>"})
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT and email.attempts == 1
    (sent,) = mail.outbox
    assert sent.to == ["reader@example.com"]
    assert sent.body == "Hello &lt;b&gt;Ann&lt;/b&gt;, welcome."
    assert sent.alternatives[0][0] == "<p>Hello &lt;b&gt;Ann&lt;/b&gt;</p>"


def test_subject_line_breaks_cannot_inject_headers(template, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue_email("a@example.com", "Hi\r\nBcc: x@example.com", template, {"name": "A"})
    (sent,) = mail.outbox
    assert sent.subject == "Hi Bcc: x@example.com"
    assert "x@example.com" not in sent.recipients()


def test_email_survives_a_mail_server_outage(
    template, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        email = queue_email("reader@example.com", "Welcome", template, {"name": "Ann"})
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.PENDING
    assert "mail server down" in email.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = io.StringIO()
    call_command("send_queued_email", stdout=out)
    assert "Queued 1" in out.getvalue()
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT and email.attempts == 2
    assert len(mail.outbox) == 1
