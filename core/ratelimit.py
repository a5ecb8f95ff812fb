"""Rate limits kept in the cache (Redis in production).

While Redis is away the cache is each process's local memory (tweakments/delivery/backends.py), so
limits still hold, counted per process. Keys are hashed: addresses and tokens are not
stored in the cache as they are.
`RATE_LIMITS_ENABLED = False` (the development settings' default) turns every limit
off; production and tests keep them.
"""

import contextlib
import hashlib
import ipaddress
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse

# One IPv6 customer usually holds a whole /64; counting each address would let them
# rotate through 2^64 of them.
IPV6_PREFIX = 64


def client_address(request):
    """The visitor's IP address; the proxy's header only when we are told to trust it."""
    if settings.TRUSTED_PROXY_COUNT:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= settings.TRUSTED_PROXY_COUNT:
            return forwarded[-settings.TRUSTED_PROXY_COUNT]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request, *args, **kwargs):
    """What a per-visitor limit counts: the IPv4 address, or the IPv6 /64 network."""
    address = client_address(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 4:
        return str(ip)
    if ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    return str(ipaddress.ip_network(f"{ip}/{IPV6_PREFIX}", strict=False))


def _cache_key(scope, key):
    return f"ratelimit:{scope}:{hashlib.sha256(str(key).encode()).hexdigest()[:32]}"


def hit(scope, key, limit, period):
    """Count one attempt; True while `key` has made no more than `limit` in `period` s
    (always True while RATE_LIMITS_ENABLED is off)."""
    if not getattr(settings, "RATE_LIMITS_ENABLED", True):
        return True
    cache_key = _cache_key(scope, key)
    if cache.add(cache_key, 1, timeout=period):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # the key expired between add and incr
        cache.add(cache_key, 1, timeout=period)
        return True
    return count <= limit


def refund(scope, key):
    """Take back one attempt counted by `hit` (one that stored nothing new)."""
    with contextlib.suppress(ValueError):  # expired meanwhile: nothing to take back
        cache.decr(_cache_key(scope, key))


def too_many_requests(request, retry_after):
    response = TemplateResponse(request, "429.html", status=429)
    response["Retry-After"] = str(retry_after)
    return response


def rate_limit(scope, limit, period, methods=("POST",), key=client_key):
    """View decorator: at most `limit` requests per `key` per `period` seconds.

    `key(request, *args, **kwargs)` names what is counted: by default the visitor's
    address (see `client_key`); a view can count per token instead.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            limited = request.method in methods
            if limited and not hit(scope, key(request, *args, **kwargs), limit, period):
                return too_many_requests(request, period)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
