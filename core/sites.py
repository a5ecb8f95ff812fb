"""The site's public address comes from one setting, SITE_URL.

Every absolute link (canonical links, share links, RSS, the sitemap, JSON-LD, e-mails) is
built from it, never from the request's Host header, which a client chooses: pages and
e-mails made for one request are kept and shown to others. Pages build theirs with
`absolute_url` (or `{% absolute_url %}`), page URLs with Wagtail's `get_full_url` /
`{% fullpageurl %}`, which use the default Site record; that record is kept in step with
SITE_URL after every `migrate` (a post_migrate handler) and by whatever builds the site
(call `apply_site_url`).
"""

from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import SiteRootPath


def split_site_url(url):
    """'https://tweakments.co.uk' → ('tweakments.co.uk', 443)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path.strip("/"):
        raise ImproperlyConfigured(
            f"SITE_URL must look like https://example.com (no path), not {url!r}."
        )
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def absolute_url(url):
    """`url` (a path like /news/, or already absolute, e.g. a file in a bucket) as a full
    URL on SITE_URL."""
    return urljoin(f"{settings.SITE_URL}/", url)


def apply_site_url():
    """Point the default Site at SITE_URL; returns the Site (None if there is none yet)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = split_site_url(settings.SITE_URL)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def apply_site_url_after_migrate(sender, **kwargs):
    apply_site_url()


def site_middleware(get_response):
    """Finds the request's Site and the sites' root paths in one query where there is one
    Site, as there usually is: Wagtail looks up each in a query of its own (or the cache),
    and keeps them on the request where this sets them. With several Sites it is left to
    Wagtail."""

    def middleware(request):
        # Unordered: the manager's default order (by name, case-blind) costs more to build
        # than the query takes, and one Site is all this looks for.
        try:
            sites = list(Site.objects.select_related("root_page__locale").order_by()[:2])
        except DatabaseError:
            # The database is away: what needs the Site fails on its own, and /healthz
            # (which doesn't) can say so.
            sites = []
        if len(sites) == 1:
            site = sites[0]
            request._wagtail_cached_site_root_paths = [
                SiteRootPath(
                    site.id,
                    site.root_page.url_path,
                    site.root_url,
                    site.root_page.locale.language_code,
                )
            ]
            # Its type without its own fields: it routes; routing reads it whole if served.
            site.root_page = site.root_page.specific_deferred
            hostname = split_domain_port(request._get_raw_host())[0]
            request._wagtail_site = (
                site if site.is_default_site or site.hostname == hostname else None
            )
        return get_response(request)

    return middleware
