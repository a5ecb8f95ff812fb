"""Redis as Django's cache, where any Redis error is a miss and a hung Redis costs one wait:
the first error (any `RedisError`: refused, timed out, OOM, read-only) skips Redis for
COOL_DOWN seconds. Meanwhile rate limits use local memory (FALLBACK "memory") and the page
cache nothing ("none"): it must never serve a page another process could not renew.
"""

import logging
import time

from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
REDIS_ERRORS = (RedisError, ConnectionInterrupted, OSError)
_open_until = {}  # Redis URL: time.monotonic() until which it is skipped


class SafeRedisCache:
    """CACHES backend: LOCATION is the Redis URL; OPTIONS: COOL_DOWN (30 s), FALLBACK
    ("memory" or "none") and django-redis's own options (socket timeouts 0.2 s)."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.cool_down = options.pop("COOL_DOWN", 30)
        local = options.pop("FALLBACK", "memory") == "memory"
        options = {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2, **options}
        self.location = server
        self.redis = RedisCache(server, {**params, "OPTIONS": {**options, "IGNORE_EXCEPTIONS": 0}})
        memory = LocMemCache(f"fallback:{server}", {**params, "OPTIONS": {}})
        self.fallback = memory if local else DummyCache(server, {})

    def available(self):
        return time.monotonic() >= _open_until.get(self.location, 0)

    def __getattr__(self, name):
        """Every cache method: Redis's while it answers, else the fallback's."""
        if not callable(fallback := getattr(self.fallback, name)):
            return fallback

        def call(*args, **kwargs):
            if self.available():
                try:
                    return getattr(self.redis, name)(*args, **kwargs)
                except REDIS_ERRORS as error:
                    self.trip(error)
            return fallback(*args, **kwargs)

        return call

    def trip(self, error):
        if self.available():
            _open_until[self.location] = time.monotonic() + self.cool_down
            message = "Redis at %s unavailable (%r); skipping it for %s s."
            logger.warning(message, self.location, error, self.cool_down)
