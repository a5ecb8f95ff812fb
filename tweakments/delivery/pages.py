"""The page cache: anonymous GETs answered from Redis while the site's version holds.
Kept: a 200 that sets no cookie and isn't private, for an anonymous GET or HEAD (no session
cookie, no Authorization) outside PAGE_CACHE_EXCLUDED_PATHS whose query names only
PAGE_CACHE_QUERY_PARAMETERS (tracking ones dropped; a visitor's words never kept), within
PAGE_CACHE_MAX_VARIANTS query strings per path: public for the edge, all else private. Hits,
with SecurityMiddleware's headers (keys hold the scheme), are answered in WSGI before Django
(`page_cache_front`), else by the middleware."""

import re
import time
from hashlib import sha256
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, parse_cookie

from .models import SiteVersion

VERSION_KEY = "pagecache:version"
STORED_HEADERS = {"content-type", "content-language", "content-security-policy", "link"}
STORED_HEADERS |= {"x-frame-options", "permissions-policy", "x-content-type-options"}
STORED_HEADERS |= {"referrer-policy", "cross-origin-opener-policy", "strict-transport-security"}
_checked_at = 0.0  # when this process last compared Redis's copy of the version with the DB


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def version_due(stored):
    return stored is None or time.monotonic() - _checked_at >= settings.PAGE_CACHE_VERSION_CHECK


def current_version(stored):
    """The site's version, given Redis's copy (None if missing), checked with the database
    once a second and after Redis was skipped: a renewal Redis missed is served at once."""
    global _checked_at
    if not version_due(stored):
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


def lookup(meta, cache):
    """(key, query kept, entry, Redis's version) for a page the cache may keep, else None.
    Read from the WSGI environ, so the front builds no request; a host Django refuses makes
    a key nothing is stored under."""
    global _checked_at
    if not getattr(cache, "available", lambda: True)():  # Redis is skipped after an error:
        _checked_at = 0.0  # compare the version with the database as soon as it answers
        return None
    header, secure = settings.SECURE_PROXY_SSL_HEADER or (None, None)
    path, scheme = meta.get("PATH_INFO", "/"), meta["wsgi.url_scheme"]
    if header in meta:  # as request.scheme reads it
        scheme = "https" if meta[header].split(",", 1)[0].strip() == secure else "http"
    query = cache_query(meta.get("QUERY_STRING", ""))
    if not (
        settings.PAGE_CACHE_ENABLED
        and query is not None
        and meta["REQUEST_METHOD"] in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in parse_cookie(meta.get("HTTP_COOKIE", ""))
        and "HTTP_AUTHORIZATION" not in meta
        and not path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
    ):
        return None
    url = f"{scheme}://{meta.get('HTTP_HOST') or meta.get('SERVER_NAME')}{path}?{query}"
    key = f"pagecache:page:{sha256(url.encode()).hexdigest()}"
    found = cache.get_many([key, VERSION_KEY])
    return key, query, found.get(key), found.get(VERSION_KEY)


def is_shareable(response):
    private = re.search(r"\b(private|no-cache|no-store)\b", response.get("Cache-Control", ""), re.I)
    return response.status_code == 200 and not (response.streaming or response.cookies or private)


def public_headers(hit):
    """A kept page's word to the edge (keep it) and to browsers (check back)."""
    control = f"public, max-age=0, s-maxage={settings.PAGE_CACHE_EDGE_MAX_AGE}"
    return [("Cache-Control", control), ("X-Page-Cache", "hit" if hit else "miss")]


def page_cache_front(application):
    """WSGI, around Django: a hit skips Django's handling, which is most of its cost. All
    else goes to Django, including a hit whose version is due its check with the DB."""

    def front(environ, start_response):
        key, query, entry, stored = lookup(environ, page_cache()) or (None,) * 4
        if entry is None or version_due(stored) or entry[0] != stored:
            return application(environ, start_response)
        length = ("Content-Length", str(len(entry[1])))
        start_response("200 OK", [*entry[2], *public_headers(hit=True), length])
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else entry[1]]

    return front


def page_cache_middleware(get_response):
    def middleware(request):
        key, query, entry, stored = lookup(request.META, cache := page_cache()) or (None,) * 4
        current = current_version(stored) if key else None
        if entry is not None and entry[0] == current:
            return HttpResponse(entry[1], headers=dict([*entry[2], *public_headers(hit=True)]))
        response = get_response(request)
        if key and is_shareable(response) and room_for(cache, request.path, query, current):
            headers = [(name, v) for name, v in response.items() if name.lower() in STORED_HEADERS]
            cache.set(key, (current, response.content, headers), settings.PAGE_CACHE_TIMEOUT)
            for name, value in public_headers(hit=False):
                response[name] = value
        else:
            response.headers.setdefault("Cache-Control", "private")
        return response

    return middleware


def room_for(cache, path, query, current):
    """Junk query strings can't crowd a path out: a few dozen variants per version."""
    counter = f"pagecache:variants:{current}:{sha256(path.encode()).hexdigest()}"
    if query and not cache.add(counter, 1, settings.PAGE_CACHE_TIMEOUT):
        try:
            return cache.incr(counter) <= settings.PAGE_CACHE_MAX_VARIANTS
        except ValueError:  # the counter expired, or Redis went away, in between
            return False
    return True
