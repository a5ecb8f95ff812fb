"""Absolute links for e-mails, which have no page to be relative to."""

import re
from urllib.parse import urljoin

from django.conf import settings

# href="/…" and src="/…" in our own rich text and templates (never protocol-relative "//").
SITE_RELATIVE = re.compile(r'\b(href|src)="(/(?!/)[^"]*)"')


def absolute_url(path, request=None):
    """A full URL for an e-mail: from the request when there is one, else the site's base."""
    if request is not None:
        return request.build_absolute_uri(path)
    return urljoin(settings.SITE_URL, path)


def absolute_links(html):
    """The same HTML with every site-relative link and image made absolute."""
    return SITE_RELATIVE.sub(lambda match: f'{match[1]}="{absolute_url(match[2])}"', html)
