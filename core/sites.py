"""The site's public address comes from one setting, SITE_URL.

Wagtail builds every absolute link (share links, RSS, the sitemap, JSON-LD, e-mails) from
the default Site record, so that record is kept in step with SITE_URL: after every
`migrate` (a post_migrate handler) and by whatever builds the site (call `apply_site_url`).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site


def split_site_url(url):
    """'https://tweakments.co.uk' → ('tweakments.co.uk', 443)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path.strip("/"):
        raise ImproperlyConfigured(
            f"SITE_URL must look like https://example.com (no path), not {url!r}."
        )
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


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
