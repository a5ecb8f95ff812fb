"""A newsletter issue as e-mail.

The body is rendered once per issue (`IssueEmail`); each reader's message wraps it with
their own unsubscribe and topics links, and carries them as the List-Unsubscribe headers
with which mail clients unsubscribe in one click (RFC 2369, RFC 8058). No tracking: the
links are the pages' own addresses and there are no pixels.
"""

from email.utils import parseaddr
from urllib.parse import quote

from django.conf import settings
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import mark_safe

from core.email import compose_email, queue_email
from core.models import SiteSettings
from core.sites import absolute_url

TEMPLATE = "newsletter/emails/issue"
EXAMPLE_READER = {"first_name": "Alex", "email": "alex@example.com"}


def mail_domain():
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"


class IssueEmail:
    """One issue, ready to be addressed to any number of readers."""

    def __init__(self, issue, site_name=None):
        self.issue = issue
        self.site_name = site_name or SiteSettings.load().site_name
        mailing = issue.mailing_or_none
        shared = {
            "issue": issue,
            "site_name": self.site_name,
            # Latest answers are those published before the issue went out.
            "answers_until": mailing.started_at if mailing else None,
        }
        self.body_html = mark_safe("".join(self._blocks("email", "html", shared)))  # noqa: S308
        self.body_text = "\n\n".join(self._blocks("text", "txt", shared))
        url = issue.get_url()
        self.web_version_url = absolute_url(url) if url else ""

    def _blocks(self, folder, extension, shared):
        for child in self.issue.body:
            rendered = render_to_string(
                f"newsletter/blocks/{folder}/{child.block_type}.{extension}",
                {**shared, "value": child.value},
            ).strip()
            if rendered:
                yield rendered

    def context(self, subscriber, unsubscribe_url, preferences_url, test=False):
        return {
            "issue": self.issue,
            "site_name": self.site_name,
            "subject": self.issue.subject,
            "preheader": self.issue.preheader,
            "body_html": self.body_html,
            "body_text": self.body_text,
            # Before it is published, the issue's own address answers 404.
            "web_version_url": absolute_url(self.issue.preview_url)
            if test
            else self.web_version_url,
            "subscriber": subscriber,
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": preferences_url,
            "test": test,
        }

    def headers(self, subscriber, unsubscribe_url):
        mailto = f"mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}?subject=" + quote(
            f"unsubscribe {subscriber.manage_token}"
        )
        domain = mail_domain()
        return {
            "List-Unsubscribe": f"<{unsubscribe_url}>, <{mailto}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"{self.site_name} <newsletter.{domain}>",
            # The same issue to the same reader always has the same Message-ID, so a
            # receiving server can drop a copy re-sent after a crash mid-delivery.
            "Message-ID": f"<issue-{self.issue.pk}.subscriber-{subscriber.pk}@{domain}>",
        }

    def compose_for(self, subscriber):
        """This reader's copy, unsaved: the caller stores and sends it with its batch."""
        unsubscribe_url = absolute_url(subscriber.unsubscribe_url)
        return compose_email(
            subscriber.email,
            self.issue.subject,
            TEMPLATE,
            self.context(subscriber, unsubscribe_url, absolute_url(subscriber.preferences_url)),
            headers=self.headers(subscriber, unsubscribe_url),
        )

    def queue_test(self, address):
        """A copy for an editor: marked as a test, its personal links go to the signup page."""
        signup = absolute_url(reverse("newsletter:signup"))
        context = self.context(None, signup, signup, test=True)
        return queue_email(address, f"[Test] {self.issue.subject}", TEMPLATE, context)

    def render_example(self):
        """(html, text) as an example reader would get them, for the admin preview."""
        signup = absolute_url(reverse("newsletter:signup"))
        context = self.context(EXAMPLE_READER, signup, signup)
        return (
            render_to_string(f"{TEMPLATE}.html", context),
            render_to_string(f"{TEMPLATE}.txt", context).strip(),
        )


def render_preview(issue, request):
    """The admin's e-mail preview: the HTML part and the plain text side by side."""
    html, text = IssueEmail(issue).render_example()
    return TemplateResponse(
        request,
        "newsletter/admin/email_preview.html",
        {"issue": issue, "email_html": html, "email_text": text},
    )
