"""Demo newsletter issues: the archive page, two issues that went out and one draft
(content in `demo/content/newsletter_issues/`). Runs after the articles, treatments,
answers and subscribers it points to.

A sent issue gets its sending record and one delivery row per subscriber confirmed by
then, marked sent, so the archive, the sending screen and the dashboard show figures;
no e-mail is queued.
"""

import datetime

from django.utils import timezone
from taggit.models import Tag

from articles.models import ArticlePage
from newsletter.deliveries import Delivery, Mailing
from newsletter.models import NewsletterArchivePage, NewsletterIssuePage
from treatments.models import TreatmentPage

from . import content
from .pages import upsert_child_page
from .shell import home_page

SECTION = "newsletter_issues"


def _page_pk(page_class, slug):
    return page_class.objects.get(slug=slug).pk


def _body(blocks):
    """StreamField data from a content file's blocks; pages are named by slug."""
    data = []
    for block in blocks:
        kind = block["type"]
        fields = {name: value for name, value in block.items() if name != "type"}
        if kind in ("intro", "text"):
            value = fields["html"]
        elif kind == "featured_articles":
            value = {
                "heading": fields["heading"],
                "articles": [_page_pk(ArticlePage, slug) for slug in fields["articles"]],
            }
        elif kind == "treatment_spotlight":
            value = {
                "treatment": _page_pk(TreatmentPage, fields["treatment"]),
                "note": fields.get("note", ""),
            }
        elif kind == "call_out":
            value = {"page": None, "external_url": "", **fields}
            if "page" in fields:
                value["page"] = _page_pk(ArticlePage, fields["page"])
        else:
            value = fields
        data.append({"type": kind, "value": value})
    return data


def _issue_fields(item):
    return {
        "title": item["title"],
        "subject": item["subject"],
        "preheader": item["preheader"],
        "search_description": item["preheader"],
        "body": _body(item["blocks"]),
        "audience": item.get("audience", NewsletterIssuePage.Audience.ALL),
    }


def _record_sending(issue, days_ago):
    """The issue went out `days_ago` to everyone confirmed by then."""
    started = timezone.now() - datetime.timedelta(days=days_ago)
    Mailing.objects.update_or_create(
        issue=issue,
        defaults={
            "status": Mailing.Status.SENT,
            "started_at": started,
            "finished_at": started + datetime.timedelta(minutes=3),
            "last_progress_at": started + datetime.timedelta(minutes=3),
        },
    )
    readers = issue.recipients().filter(confirmed_at__lte=started)
    Delivery.objects.bulk_create(
        [
            Delivery(issue=issue, subscriber=reader, status=Delivery.Status.SENT)
            for reader in readers
        ],
        ignore_conflicts=True,
    )


def seed_archive():
    """The archive as a real site gets it (newsletter_setup), in the demo's words."""
    data = content.load(SECTION, "archive")
    NewsletterArchivePage.ensure(home_page())
    return upsert_child_page(
        home_page(),
        NewsletterArchivePage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        search_description=data["search_description"],
    )


def seed_issues():
    archive = NewsletterArchivePage.objects.get()
    for item in content.load_pages(SECTION):
        fields = _issue_fields(item)
        topics = list(Tag.objects.filter(name__in=item.get("topics", [])))
        if item["status"] == "sent":
            issue = upsert_child_page(archive, NewsletterIssuePage, item["slug"], **fields)
            issue.topics.set(topics)
            issue.save_revision().publish()
            _record_sending(issue, item["days_ago"])
            continue
        # The draft: saved, never published, so it is only in the admin.
        issue = NewsletterIssuePage.objects.child_of(archive).filter(slug=item["slug"]).first()
        if issue is None:
            issue = NewsletterIssuePage(slug=item["slug"], live=False, **fields)
            issue.topics.set(topics)  # before the first save, which validates the audience
            archive.add_child(instance=issue)
        for name, value in fields.items():
            setattr(issue, name, value)
        issue.topics.set(topics)
        issue.save_revision()


STEPS = [("Newsletter archive", seed_archive), ("Newsletter issues", seed_issues)]
