"""The one rule: anything that changes what a public page can show renews the site's
version, in the page cache and at the edge at once, when its transaction commits.

What counts is listed here and nowhere else: a page published, unpublished, moved or
deleted while live; any page's privacy; the Site; and the records of SHOWN_ON_PAGES saved,
deleted or updated in bulk (`core.models.rows_updated`). Drafts, revisions and autosaves
don't count, nor does a record the public can't see yet (a question still in moderation).
"""

import logging

import requests
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.frontend_cache.backends import CloudflareBackend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import rows_updated

from .models import SiteVersion
from .pages import VERSION_KEY, page_cache

logger = logging.getLogger(__name__)


def always(record):
    return True


# label: whether a change to this record can show on a public page.
SHOWN_ON_PAGES = {
    "wagtailcore.Site": always,
    "wagtailcore.PageViewRestriction": always,
    "tweakments.SiteSettings": always,
    "wagtailimages.Image": always,
    "wagtaildocs.Document": always,
    "wagtailmedia.Media": always,
    "taggit.Tag": always,
    "articles.Expert": always,
    "treatments.Concern": always,
    "treatments.Area": always,
    "practitioners.Practitioner": always,
    "practitioners.Clinic": always,
    "rules.ComplaintRoute": always,
    "questions.Question": lambda question: question.published_at is not None,
    "newsletter.Mailing": lambda mailing: mailing.started_at is not None,
}
# Wagtail's bookkeeping saves of a file change nothing a page shows.
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def renew(**kwargs):
    transaction.on_commit(renew_now)


def renew_now():
    number = SiteVersion.renew()
    page_cache().set(VERSION_KEY, number, None)
    for backend in get_backends().values():
        backend.purge_batch([f"{settings.SITE_URL}/*"])


def record_changed(sender, instance, created=False, update_fields=None, **kwargs):
    if isinstance(instance, Page):
        if sender is Page and instance.live:  # deleted: its base row, once
            renew()
        return
    shown = SHOWN_ON_PAGES.get(sender._meta.label)
    if shown is None or not shown(instance):
        return
    if (created and sender._meta.label == "wagtailimages.Image") or (
        update_fields and set(update_fields) <= BOOKKEEPING_FIELDS
    ):
        return  # a new picture is on no page yet
    renew()


def relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        record_changed(type(instance), instance)


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(renew, dispatch_uid="delivery-page-event")
    post_delete.connect(record_changed, dispatch_uid="delivery-deleted")
    m2m_changed.connect(relation_changed, dispatch_uid="delivery-relation")
    for label in SHOWN_ON_PAGES:
        model = apps.get_model(label)
        post_save.connect(record_changed, sender=model, dispatch_uid=f"delivery-saved-{label}")
        rows_updated.connect(renew, sender=model, dispatch_uid=f"delivery-updated-{label}")


class CloudflarePurgeEverything(CloudflareBackend):
    """Cloudflare purges no wildcard: the site-wide purge empties the zone."""

    def purge_batch(self, urls):
        response = requests.post(
            self.cloudflare_purge_endpoint_url,
            json={"purge_everything": True},
            headers={"Authorization": f"Bearer {self.cloudflare_token}"},
            timeout=30,
        )
        if not response.ok:
            logger.error("Couldn't purge Cloudflare: HTTP %s", response.status_code)
