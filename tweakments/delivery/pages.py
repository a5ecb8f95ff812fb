"""The page cache: anonymous GETs answered from Redis while the site's version holds.

A response is kept when the request is an anonymous GET or HEAD (no session cookie, no
Authorization) outside PAGE_CACHE_EXCLUDED_PATHS whose query names only parameters in
PAGE_CACHE_QUERY_PARAMETERS (tracking ones are dropped; a visitor's own words, such as a
search, are never kept), the path has fewer than PAGE_CACHE_MAX_VARIANTS query strings
kept, and the response is a 200 that sets no cookie and isn't private. It is then marked
public for the edge; everything else is marked private, so the edge keeps what this keeps.
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
STORED_HEADERS = {"content-type", "content-language", "content-security-policy", "link"}
STORED_HEADERS |= {"x-frame-options", "permissions-policy"}  # SecurityMiddleware's: on hits
_checked_at = 0.0  # when this process last compared Redis's copy of the version with the DB


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def reachable(cache):  # False while Redis is skipped after an error
    return getattr(cache, "available", lambda: True)()


def current_version(stored):
    """The site's version, given Redis's copy (None if missing), checked against the
    database once a second and at once after Redis was away: a change whose renewal could
    not reach Redis is served within a second of its return."""
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
    pairs = parse_qsl(query_string, keep_blank_values=True)
    pairs = [pair for pair in pairs if pair[0] not in settings.PAGE_CACHE_TRACKING_PARAMETERS]
    if all(name in settings.PAGE_CACHE_QUERY_PARAMETERS for name, _ in pairs):
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
    control = cc_delim_re.split(response.get("Cache-Control", "").lower())
    directives = {part.split("=")[0].strip() for part in control}
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not directives & {"private", "no-cache", "no-store"}
    )


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def mark(response, hit=None):
    """Public for the edge when kept here (`hit` True or False), private otherwise."""
    if hit is not None:
        edge = settings.PAGE_CACHE_EDGE_MAX_AGE
        patch_cache_control(response, public=True, max_age=0, s_maxage=edge)
        response["X-Page-Cache"] = "hit" if hit else "miss"
    elif not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        global _checked_at
        query, cache = cache_query(request.META.get("QUERY_STRING", "")), page_cache()
        if not reachable(cache):
            _checked_at = 0.0  # compare with the database as soon as Redis answers again
        if not is_anonymous_get(request) or query is None or not reachable(cache):
            return mark(self.get_response(request))
        key = f"pagecache:page:{digest(f'{request.get_host()}{request.path}?{query}')}"
        found = cache.get_many([key, VERSION_KEY])
        current, entry = current_version(found.get(VERSION_KEY)), found.get(key)
        if entry is not None and entry[0] == current:
            response = HttpResponse(entry[1])
            for name, value in entry[2]:
                response[name] = value
            return mark(response, hit=True)
        response = self.get_response(request)
        if not (is_shareable(response) and room_for(cache, request.path, query, current)):
            return mark(response)
        headers = [(name, v) for name, v in response.items() if name.lower() in STORED_HEADERS]
        cache.set(key, (current, response.content, headers), settings.PAGE_CACHE_TIMEOUT)
        return mark(response, hit=False)


def room_for(cache, path, query, current):
    """Junk query strings can't crowd a path out: a few dozen variants per version."""
    counter = f"pagecache:variants:{current}:{digest(path)}"
    if query and not cache.add(counter, 1, settings.PAGE_CACHE_TIMEOUT):
        try:
            return cache.incr(counter) <= settings.PAGE_CACHE_MAX_VARIANTS
        except ValueError:  # the counter expired, or Redis went away, in between
            return False
    return True
