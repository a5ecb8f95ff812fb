"""The page cache: anonymous GETs answered from Redis while the site's version holds.

A response is kept only when the request is an anonymous GET or HEAD (no session cookie, no
Authorization) outside PAGE_CACHE_EXCLUDED_PATHS, its query string names only parameters in
PAGE_CACHE_QUERY_PARAMETERS (tracking parameters are dropped; a visitor's own words, such
as a search, are never kept), the path has fewer than PAGE_CACHE_MAX_VARIANTS query strings
stored, and the response is a 200 that sets no cookie and isn't private. Such responses
are marked public for the edge too; the rest are marked private, so the edge keeps exactly
what the page cache keeps.
"""

import hashlib
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

from .models import SiteVersion

VERSION_KEY = "pagecache:version"
STORED_HEADERS = {
    "content-type",
    "content-language",
    "content-security-policy",
    "link",
    "x-frame-options",
    "referrer-policy",
    "cross-origin-opener-policy",
    "permissions-policy",
    "x-content-type-options",
}
_checked_at = 0.0  # when this process last compared Redis's copy of the version with the DB


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def reachable(cache):
    """False while Redis is being skipped after an error (local memory always answers)."""
    return getattr(cache, "available", lambda: True)()


def current_version(stored):
    """The site's version, given Redis's copy of it (None when missing). The copy is checked
    against the database at most once a second, and at once after Redis was away, so a
    change whose renewal could not reach Redis is served within a second of its return."""
    global _checked_at
    if stored is not None and time.monotonic() - _checked_at < settings.PAGE_CACHE_VERSION_CHECK:
        return stored
    _checked_at = time.monotonic()
    number = SiteVersion.current()
    if number != stored:
        page_cache().set(VERSION_KEY, number, None)
    return number


def cache_query(query_string):
    """The query string as the cache keeps it, or None when the page must not be kept."""
    pairs = [
        (name, value)
        for name, value in parse_qsl(query_string, keep_blank_values=True)
        if name not in settings.PAGE_CACHE_TRACKING_PARAMETERS and not name.startswith("utm_")
    ]
    if any(name not in settings.PAGE_CACHE_QUERY_PARAMETERS for name, _ in pairs):
        return None
    return urlencode(sorted(pairs))


def is_anonymous_get(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
    )


def is_shareable(response):
    directives = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not directives & {"private", "no-cache", "no-store"}
    )


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = cache_query(request.META.get("QUERY_STRING", ""))
        if not is_anonymous_get(request) or query is None:
            return self.private(self.get_response(request))
        cache = page_cache()
        if not reachable(cache):
            global _checked_at
            _checked_at = 0.0
            return self.private(self.get_response(request))
        path = request.path
        key = f"pagecache:page:{_digest(f'{request.get_host()}{path}?{query}')}"
        found = cache.get_many([key, VERSION_KEY])
        current, entry = current_version(found.get(VERSION_KEY)), found.get(key)
        if entry is not None and entry[0] == current:
            return self.respond(entry)
        response = self.get_response(request)
        if (
            not is_shareable(response)
            or not reachable(cache)
            or not self.room_for(path, query, current)
        ):
            return self.private(response)
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_EDGE_MAX_AGE
        )
        headers = [
            (name, value) for name, value in response.items() if name.lower() in STORED_HEADERS
        ]
        cache.set(key, (current, response.content, headers), settings.PAGE_CACHE_TIMEOUT)
        response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def room_for(path, query, current):
        """Junk query strings can't crowd a path out: a few dozen variants per version."""
        if not query:
            return True
        counter = f"pagecache:variants:{current}:{_digest(path)}"
        cache = page_cache()
        cache.add(counter, 0, settings.PAGE_CACHE_TIMEOUT)
        try:
            return cache.incr(counter) <= settings.PAGE_CACHE_MAX_VARIANTS
        except ValueError:  # Redis went away in between
            return False

    @staticmethod
    def respond(entry):
        _version, content, headers = entry
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_EDGE_MAX_AGE
        )
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def private(response):
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True)
        return response
