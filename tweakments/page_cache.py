"""A page cache for anonymous readers, in the shared cache (Redis in production).

`PageCacheMiddleware` sits before the session, CSRF, auth and CSP middleware: a hit is
answered without running them (or any view or query). A response is stored only when

* the request is an anonymous GET/HEAD: no session cookie, no Authorization header, not under
  `PAGE_CACHE_EXCLUDED_PATHS` (the admin, token links, the CSRF token endpoint),
* the response is a 200 that sets no cookie and isn't marked private/no-cache/no-store.

Keys are the host, the path and the query string with its parameters sorted and tracking
parameters dropped, so `?b=2&a=1&utm_source=x` and `?a=1&b=2` share an entry.

Invalidation is by path, for all of its query strings and hosts at once: each path has a
generation token, and so has the whole site; an entry is served only while both tokens are
the ones it was stored with. A hit is one `get_many` round trip for the entry and the two
tokens. Purging is done by `purge_paths` / `purge_everything`, which the
`wagtail.contrib.frontend_cache` backend below and `tweakments.purging` call.

The cache is reached only through `django.core.cache.caches[settings.PAGE_CACHE_ALIAS]` and
its public API, so a wrapper backend (a circuit breaker) can be configured for that alias.
"""

import hashlib
import uuid
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

KEY_PREFIX = "pagecache"
SITE_GENERATION_KEY = f"{KEY_PREFIX}:gen:site"
TRACKING_PARAMETERS = {"fbclid", "gclid", "mc_cid", "mc_eid", "_ga"}
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
# The response headers worth storing; the rest are per-request (Date) or added again by
# middleware outside this one (security headers).
STORED_HEADERS = {
    "content-type",
    "content-language",
    "content-security-policy",
    "content-security-policy-report-only",
    "link",
    "x-frame-options",
    "referrer-policy",
    "cross-origin-opener-policy",
    "permissions-policy",
    "x-content-type-options",
    "vary",
    "location",
}


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def normalised_query(query_string):
    """The query string with tracking parameters dropped and the rest sorted."""
    pairs = [
        (name, value)
        for name, value in parse_qsl(query_string, keep_blank_values=True)
        if name not in TRACKING_PARAMETERS and not name.startswith("utm_")
    ]
    return urlencode(sorted(pairs))


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def path_generation_key(path):
    return f"{KEY_PREFIX}:gen:path:{_digest(path)}"


def entry_key(host, path, query):
    return f"{KEY_PREFIX}:page:{_digest(f'{host}{path}?{query}')}"


def is_cacheable_request(request):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    path = request.path
    return path.startswith(tuple(settings.PAGE_CACHE_INCLUDED_PATHS)) or not path.startswith(
        tuple(settings.PAGE_CACHE_EXCLUDED_PATHS)
    )


def is_storable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {
        directive.split("=")[0].strip().lower()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not directives & UNCACHEABLE_DIRECTIVES


def mark_public(response):
    """Tell browsers to check back, and shared caches (Varnish, a CDN) to keep it."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_BROWSER_MAX_AGE,
        s_maxage=settings.PAGE_CACHE_EDGE_MAX_AGE,
    )


class PageCacheMiddleware:
    """Answer anonymous GETs from the page cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        try:
            host = request.get_host()
        except Exception:  # DisallowedHost: let CommonMiddleware answer it
            return self.get_response(request)
        path = request.path
        key = entry_key(host, path, normalised_query(request.META.get("QUERY_STRING", "")))
        generation_key = path_generation_key(path)
        cache = page_cache()
        found = cache.get_many([key, generation_key, SITE_GENERATION_KEY])
        generations = (found.get(generation_key), found.get(SITE_GENERATION_KEY))
        entry = found.get(key)
        if entry is not None and entry["generations"] == generations:
            return self._response_from(entry)

        response = self.get_response(request)
        if is_storable_response(response):
            mark_public(response)
            entry = {
                "generations": generations,
                "content": response.content,
                "headers": [
                    (name, value)
                    for name, value in response.items()
                    if name.lower() in STORED_HEADERS
                ],
            }
            cache.set(key, entry, settings.PAGE_CACHE_TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _response_from(entry):
        response = HttpResponse(entry["content"])
        for name, value in entry["headers"]:
            response[name] = value
        mark_public(response)
        response["X-Page-Cache"] = "hit"
        return response


def _new_generation():
    return uuid.uuid4().hex


def purge_paths(paths):
    """Forget every stored variant (query string, host) of these paths."""
    # Tokens outlive the entries they guard, so an entry never meets a token reborn empty.
    page_cache().set_many(
        {path_generation_key(path): _new_generation() for path in set(paths)},
        settings.PAGE_CACHE_TIMEOUT * 2,
    )


def purge_everything():
    """Forget every stored page (a change every page shows: settings, navigation)."""
    page_cache().set(SITE_GENERATION_KEY, _new_generation(), settings.PAGE_CACHE_TIMEOUT * 2)


class PageCacheBackend(BaseBackend):
    """`wagtail.contrib.frontend_cache` backend for our own page cache (WAGTAILFRONTENDCACHE)."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        purge_paths(urlsplit(url).path or "/" for url in urls)
