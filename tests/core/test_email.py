import io

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.template import TemplateSyntaxError

from core.email import compose_email, queue_email, send_emails
from core.models import OutboundEmail

pytestmark = pytest.mark.django_db


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


class OneSessionServer(BaseEmailBackend):
    """Counts the sessions opened; refuses mail for refused@example.com."""

    sessions = 0
    delivered = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_open = False

    def open(self):
        if not self.is_open:
            self.is_open = True
            type(self).sessions += 1

    def close(self):
        self.is_open = False

    def send_messages(self, messages):
        assert self.is_open, "the sender opens the session itself, once"
        for message in messages:
            if message.to == ["refused@example.com"]:
                raise ConnectionResetError("550 no such mailbox")
            type(self).delivered.append(message.to[0])
        return len(messages)


@pytest.fixture
def one_session_server(settings):
    settings.EMAIL_BACKEND = f"{__name__}.OneSessionServer"
    OneSessionServer.sessions = 0
    OneSessionServer.delivered = []
    return OneSessionServer


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


def queued(template, *addresses):
    return OutboundEmail.objects.bulk_create(
        compose_email(address, "Hi", template, {"name": "A"}) for address in addresses
    )


def test_a_batch_goes_out_over_one_connection(template, one_session_server):
    emails = queued(template, "a@example.com", "b@example.com", "c@example.com")
    assert send_emails([email.pk for email in emails]) == 3
    assert one_session_server.sessions == 1
    assert one_session_server.delivered == ["a@example.com", "b@example.com", "c@example.com"]
    assert set(OutboundEmail.objects.values_list("status", flat=True)) == {"sent"}


def test_one_refused_recipient_leaves_the_others_sent_and_is_retried_alone(
    template, one_session_server
):
    emails = queued(template, "a@example.com", "refused@example.com", "c@example.com")
    assert send_emails([email.pk for email in emails]) == 2
    refused = OutboundEmail.objects.get(to="refused@example.com")
    assert refused.status == OutboundEmail.Status.PENDING and refused.attempts == 1
    assert "550 no such mailbox" in refused.last_error
    assert OutboundEmail.objects.filter(status="sent").count() == 2
    assert one_session_server.sessions == 2  # reconnected after the failure, not per message

    # Sending the whole batch again sends only the one that failed (and it fails again).
    assert send_emails([email.pk for email in emails]) == 0
    assert one_session_server.delivered == ["a@example.com", "c@example.com"]
    refused.refresh_from_db()
    assert refused.attempts == 2


def test_an_email_left_sending_by_a_crash_is_never_sent_again(template, one_session_server):
    (email,) = queued(template, "a@example.com")
    # What a worker killed between the server's "250 OK" and recording it leaves behind.
    OutboundEmail.objects.filter(pk=email.pk).update(status=OutboundEmail.Status.SENDING)
    assert send_emails([email.pk]) == 0
    call_command("send_queued_email", stdout=io.StringIO())
    assert one_session_server.delivered == []
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENDING
