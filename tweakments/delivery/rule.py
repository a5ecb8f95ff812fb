"""The one rule: anything that changes what a public page can show renews the site's
version, in the page cache and at the edge at once, when its transaction commits. What
counts is listed here only: a live page published, unpublished, moved or deleted; records
of SHOWN_ON_PAGES saved, deleted, related or updated in bulk (`core.models.rows_updated`)
once the public can see them (PUBLIC_ONCE). Drafts, revisions and autosaves don't count.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import rows_updated

from .models import SiteVersion
from .pages import VERSION_KEY, page_cache

SHOWN_ON_PAGES = {
    *("wagtailcore.Site", "wagtailcore.PageViewRestriction", "tweakments.SiteSettings"),
    *("wagtailimages.Image", "wagtaildocs.Document", "wagtailmedia.Media", "taggit.Tag"),
    *("articles.Expert", "treatments.Concern", "treatments.Area", "practitioners.Practitioner"),
    *("practitioners.Clinic", "questions.Question", "newsletter.Mailing", "rules.ComplaintRoute"),
}
PUBLIC_ONCE = {  # shown from a moment on: an answer once published, an issue once sent
    "questions.Question": lambda question: question.published_at is not None,
    "newsletter.Mailing": lambda mailing: mailing.started_at is not None,
}
# Wagtail's bookkeeping saves of a file change nothing a page shows; nor does a new picture.
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def renew(**kwargs):
    transaction.on_commit(renew_now)


def renew_now():
    page_cache().set(VERSION_KEY, SiteVersion.renew(), None)
    for backend in get_backends().values():
        backend.purge_batch([f"{settings.SITE_URL}/*"])


def record_changed(sender, instance, created=False, update_fields=None, **kwargs):
    label = sender._meta.label
    if isinstance(instance, Page):
        shown = sender is Page and instance.live  # a deleted page: its base row, once
    else:
        shown = label in SHOWN_ON_PAGES and PUBLIC_ONCE.get(label, bool)(instance)
    bookkeeping = update_fields and set(update_fields) <= BOOKKEEPING_FIELDS
    if shown and not bookkeeping and not (created and label == "wagtailimages.Image"):
        renew()


def relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_"):  # after a many-to-many add, remove or clear
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
