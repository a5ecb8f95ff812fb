"""/healthz: what a load balancer and monitoring ask each app server."""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError as error:
        logger.error("Health check: database unreachable (%r)", error)
        return False


def cache_reachable():
    """Redis answers a PING (within its 0.2 s timeouts); local memory always does. While
    the breaker is open after an error, it isn't tried again."""
    redis = getattr(cache, "redis", None)
    if redis is None:
        return True
    if not cache.available():
        return False
    try:
        return bool(redis.client.get_client().ping())
    except Exception as error:  # noqa: BLE001 - any failure to answer is "unreachable"
        logger.error("Health check: Redis unreachable (%r)", error)
        return False


@never_cache
@require_safe
def healthz(request):
    """200 "ok"; 200 "degraded" while Redis is away (pages are still served, from the
    database: a load balancer should keep the node, monitoring should alert); 503 "down"
    when the database is unreachable (nothing can be served)."""
    database, cache_ok = database_reachable(), cache_reachable()
    status = "down" if not database else "ok" if cache_ok else "degraded"
    return JsonResponse(
        {
            "status": status,
            "database": "ok" if database else "unreachable",
            "cache": "ok" if cache_ok else "unreachable",
        },
        status=503 if not database else 200,
    )
