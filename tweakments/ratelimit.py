"""Per-client rate limits kept in the cache (Redis in production).

If the cache is unavailable the limit fails open: visitors are not locked out because
Redis stopped. `RATE_LIMITS_ENABLED = False` (the development settings' default) turns
every limit off; production and tests keep them.
"""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse


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


def hit(scope, key, limit, period):
    """Count one attempt; True while `key` has made no more than `limit` in `period` s."""
    cache_key = f"ratelimit:{scope}:{key}"
    try:
        if cache.add(cache_key, 1, timeout=period):
            return True
        count = cache.incr(cache_key)
    except ValueError:  # the key expired between add and incr
        cache.add(cache_key, 1, timeout=period)
        return True
    # django-redis answers None when Redis is unreachable (errors ignored): let it through.
    return count is None or count <= limit


def too_many_requests(request, retry_after):
    response = TemplateResponse(request, "429.html", status=429)
    response["Retry-After"] = str(retry_after)
    return response


def rate_limit(scope, limit, period, methods=("POST",)):
    """View decorator: at most `limit` requests per client address per `period` seconds."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            limited = getattr(settings, "RATE_LIMITS_ENABLED", True) and request.method in methods
            if limited and not hit(scope, client_address(request), limit, period):
                return too_many_requests(request, period)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
