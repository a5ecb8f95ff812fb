import io

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.template import TemplateSyntaxError

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
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path]} for engine in settings.TEMPLATES]
    return "hello"


def test_email_is_stored_then_sent_by_a_task(template, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue_email("reader@example.com", "Welcome", template, {"name": "<b>Ann</b>"})
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT and email.attempts == 1
    (sent,) = mail.outbox
    assert sent.to == ["reader@example.com"]
    assert sent.body == "Hello <b>Ann</b>, welcome."  # plain text: nothing to escape
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


def test_plain_text_is_not_html_escaped_and_html_still_is(
    template, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        queue_email("a@example.com", "Hi", template, {"name": "Mary O'Brien & Co"})
    (sent,) = mail.outbox
    assert sent.body == "Hello Mary O'Brien & Co, welcome."
    assert sent.alternatives[0][0] == "<p>Hello Mary O&#x27;Brien &amp; Co</p>"


def test_errors_in_the_html_template_are_not_hidden(template, tmp_path):
    (tmp_path / "hello.html").write_text("<p>{% if %}</p>")
    with pytest.raises(TemplateSyntaxError):
        queue_email("a@example.com", "Hi", template, {"name": "Ann"})


def test_html_part_is_optional(template, tmp_path, django_capture_on_commit_callbacks):
    (tmp_path / "hello.html").unlink()
    with django_capture_on_commit_callbacks(execute=True):
        email = queue_email("a@example.com", "Hi", template, {"name": "Ann"})
    assert email.body_html == "" and mail.outbox[0].alternatives == []


def test_email_records_what_it_is_about(template, home_page):
    email = queue_email("a@example.com", "Hi", template, {"name": "Ann"}, about=home_page)
    assert list(OutboundEmail.objects.about(home_page)) == [email]
    assert OutboundEmail.objects.to_address(" A@example.com ").get() == email
