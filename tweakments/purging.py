"""Which cached pages a change invalidates, sent through `wagtail.contrib.frontend_cache`.

`wagtail.contrib.frontend_cache` itself purges a page's own URLs when it is published or
unpublished. This module adds what else shows the page or an edited model:

* a page published, unpublished or deleted: its ancestors (the section index and home page
  list it) and whatever its `cached_pages_showing()` names;
* a page moved: everything (its subtree's URLs changed, menus may link to them);
* a snippet or model with `cached_pages_showing()` saved or deleted: the pages it returns
  (Page objects or URL paths), or everything when it returns `EVERYWHERE`;
* a picture edited or deleted: everything.

"Everything" is one token in our page cache (`page_cache.purge_everything`); edge caches
(Varnish, a CDN) are sent every live page instead. Each purge runs after the transaction
commits, so a reader can't re-cache the old content in between.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import content_version, page_cache

EVERYWHERE = "everywhere"


def _edge_backends():
    """The configured frontend-cache backends other than our own page cache."""
    return [
        name
        for name, config in getattr(settings, "WAGTAILFRONTENDCACHE", {}).items()
        if config["BACKEND"] != "tweakments.page_cache.PageCacheBackend"
    ]


def purge(targets):
    """Purge Page objects and URL paths (or `EVERYWHERE`) once the transaction commits.

    URLs are worked out now: a page being deleted still has its own. Fragments and answers
    kept for the old content are dropped too (`content_version`)."""
    if targets == EVERYWHERE:
        content_version.renew()
        transaction.on_commit(_purge_everything)
        return
    batch = PurgeBatch()
    root_url = None
    for target in targets:
        if isinstance(target, Page):
            batch.add_page(target)
        else:
            root_url = root_url if root_url is not None else _site_root_url()
            batch.add_url(root_url + target.lstrip("/"))
    if batch.urls:
        content_version.renew()
        transaction.on_commit(batch.purge)


def _purge_everything():
    page_cache.purge_everything()
    edges = _edge_backends()
    if edges:
        batch = PurgeBatch()
        batch.add_pages(Page.objects.live().specific(defer=True))
        batch.purge(backends=edges)


def _site_root_url():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url + "/" if site else ""


def _pages_showing(instance):
    showing = getattr(instance, "cached_pages_showing", None)
    return showing() if showing else ()


def _page_and_neighbours(page):
    shown_on = _pages_showing(page)
    if shown_on == EVERYWHERE:
        return EVERYWHERE
    return [page, *page.get_ancestors().filter(depth__gt=1), *shown_on]


def page_changed(sender, instance, **kwargs):
    purge(_page_and_neighbours(instance.specific_deferred))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge(_page_and_neighbours(instance.specific_deferred))


def page_moved(sender, instance, **kwargs):
    purge(EVERYWHERE)


def model_changed(sender, instance, **kwargs):
    if isinstance(instance, Page) or not hasattr(sender, "cached_pages_showing"):
        return
    purge(_pages_showing(instance))


def image_changed(sender, instance, created=False, update_fields=None, **kwargs):
    """A picture replaced, re-cropped (its focal point) or deleted: pages and cards may
    show it anywhere, with renditions that are now out of date or gone. A new picture is
    on no page yet, and Wagtail's own saves of a file's size or hash change nothing shown."""
    if created or (update_fields and set(update_fields) <= {"file_size", "file_hash"}):
        return
    purge(EVERYWHERE)


def connect():
    post_save.connect(image_changed, sender=get_image_model())
    post_delete.connect(image_changed, sender=get_image_model())
    page_published.connect(page_changed)
    page_unpublished.connect(page_changed)
    post_page_move.connect(page_moved)
    pre_delete.connect(page_deleted)
    post_save.connect(model_changed)
    post_delete.connect(model_changed)
