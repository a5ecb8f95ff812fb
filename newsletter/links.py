"""Absolute links for e-mails, which have no page to be relative to."""

import re

from core.sites import absolute_url

# href="/…" and src="/…" in our own rich text and templates (never protocol-relative "//").
SITE_RELATIVE = re.compile(r'\b(href|src)="(/(?!/)[^"]*)"')


def absolute_links(html):
    """The same HTML with every site-relative link and image made absolute."""
    return SITE_RELATIVE.sub(lambda match: f'{match[1]}="{absolute_url(match[2])}"', html)
