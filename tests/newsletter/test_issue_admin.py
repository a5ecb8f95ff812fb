import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from core.models import OutboundEmail
from newsletter.deliveries import Mailing
from newsletter.issue_email import IssueEmail
from tests.newsletter.factories import SubscriberFactory
from tests.newsletter.sending_helpers import send_to_the_end

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("ed", "ed@example.com", "pw")
    client.force_login(user)
    return user


def send_url(issue):
    return f"/admin/newsletter/issues/{issue.pk}/send/"


def test_send_screen_shows_the_audience_and_previews(client, editor, issue):
    SubscriberFactory.create_batch(3)
    html = client.get(send_url(issue)).content.decode()
    assert "Send to 3 subscribers" in html
    assert "?mode=email" in html and "Send a test to me" in html
    edit = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert send_url(issue) in edit


def test_email_preview_shows_html_and_text_side_by_side(client, editor, issue):
    response = client.get(f"/admin/pages/{issue.pk}/view_draft/?mode=email")
    html = response.content.decode()
    assert response.status_code == 200
    # The frame holds the whole e-mail: its quotes are escaped, so the attribute does
    # not end at the e-mail's first one (lang="en-GB").
    email_html, _ = IssueEmail(issue).render_example()
    frame = BeautifulSoup(html, "html.parser").find("iframe")
    assert frame["srcdoc"] == email_html
    assert 'srcdoc="&lt;!doctype html&gt;' in html and "lang=&quot;en-GB&quot;" in html
    assert '<pre class="email-preview__text">' in html
    assert "Tom &amp; Jerry&#x27;s guide to peels." in html  # text part, escaped once for HTML
    web = client.get(f"/admin/pages/{issue.pk}/view_draft/")
    assert "Tom &amp; Jerry" in web.content.decode()


def test_a_test_goes_to_the_editor_only(client, editor, issue):
    SubscriberFactory()
    client.post(send_url(issue), {"action": "test"})
    [email] = OutboundEmail.objects.all()
    assert email.to == "ed@example.com"
    assert email.subject.startswith("[Test] ")
    assert "List-Unsubscribe" not in email.headers
    assert not Mailing.objects.exists()


def test_sending_to_everyone_looks_final_beside_the_test(client, editor, issue):
    SubscriberFactory.create_batch(2)
    screen = BeautifulSoup(client.get(send_url(issue)).content, "html.parser")
    test = screen.find("button", string="Send a test to me")
    send = screen.find("a", string="Send to 2 subscribers")
    assert "button-secondary" in test["class"] and "serious" not in test["class"]
    assert "serious" in send["class"] and send["href"].endswith("?confirm=1")
    confirm = BeautifulSoup(client.get(send["href"]).content, "html.parser")
    assert "serious" in confirm.find("button", string="Yes, send it to 2 subscribers")["class"]
    assert "This cannot be undone." in confirm.get_text()


def test_sending_needs_the_confirmation_of_the_current_count(client, editor, issue):
    SubscriberFactory.create_batch(2)
    assert (
        "Yes, send it to 2 subscribers"
        in client.get(send_url(issue) + "?confirm=1").content.decode()
    )
    SubscriberFactory()  # someone confirmed meanwhile
    response = client.post(send_url(issue), {"action": "send", "recipients": "2"})
    assert response.status_code == 200
    assert "The audience has changed: it is now 3" in response.content.decode()
    assert not Mailing.objects.exists()

    response = client.post(send_url(issue), {"action": "send", "recipients": "3"})
    assert response.status_code == 302
    assert Mailing.objects.get().status == Mailing.Status.SENDING


def test_junk_send_posts_are_refused_clearly(client, editor, issue):
    response = client.post(send_url(issue), {"action": "send", "recipients": "lots"})
    assert response.status_code == 200 and not Mailing.objects.exists()
    response = client.post(send_url(issue), {"action": "schedule", "send_at": "yesterday"})
    assert response.status_code == 200 and not Mailing.objects.exists()
    assert client.get(send_url(issue) + "?confirm=<script>").status_code == 200
    assert client.get("/admin/newsletter/issues/999999/send/").status_code == 404


def test_scheduling_from_the_screen_and_cancelling(client, editor, issue):
    past = timezone.localtime() - datetime.timedelta(hours=1)
    response = client.post(
        send_url(issue), {"action": "schedule", "send_at": past.strftime("%Y-%m-%d %H:%M")}
    )
    assert "Choose a time in the future." in response.content.decode()
    future = timezone.localtime() + datetime.timedelta(days=1)
    client.post(
        send_url(issue), {"action": "schedule", "send_at": future.strftime("%Y-%m-%d %H:%M")}
    )
    mailing = Mailing.objects.get()
    assert mailing.status == Mailing.Status.SCHEDULED
    assert "Scheduled for" in client.get(send_url(issue)).content.decode()
    client.post(send_url(issue), {"action": "cancel"})
    assert not Mailing.objects.exists()


def test_progress_is_shown_and_served_as_json(
    client, editor, issue, django_capture_on_commit_callbacks
):
    SubscriberFactory.create_batch(2)
    send_to_the_end(issue, django_capture_on_commit_callbacks, editor)
    assert len(mail.outbox) == 2
    figures = client.get(f"/admin/newsletter/issues/{issue.pk}/progress/").json()
    assert figures["status"] == "sent" and figures["sent"] == 2 and figures["percent"] == 100
    html = client.get(send_url(issue)).content.decode()
    assert "Progress: <span" in html and "Send to 2" not in html


def test_pages_need_an_editor(client, issue):
    assert client.get(send_url(issue)).status_code == 302
    assert client.get(f"/admin/newsletter/issues/{issue.pk}/progress/").status_code == 302


def test_dashboard_and_subscriber_listing_show_the_figures(
    client, editor, issue, topics, django_capture_on_commit_callbacks
):
    SubscriberFactory(interests=[topics["Exosomes"]])
    SubscriberFactory(interests=[topics["Exosomes"], topics["Skin boosters"]])
    send_to_the_end(issue, django_capture_on_commit_callbacks)
    dashboard = client.get("/admin/").content.decode()
    assert "Last issue" in dashboard and "<strong>2</strong> sent of 2" in dashboard
    listing = client.get("/admin/subscribers/").content.decode()
    assert "<td>Exosomes</td><td>2</td>" in listing
    assert "<td>Skin boosters</td><td>1</td>" in listing
    assert 'class="subscriber-chart"' in listing
