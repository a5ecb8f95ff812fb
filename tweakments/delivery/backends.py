"""Redis as Django's cache, where any Redis error is a miss and a hung Redis costs one wait.

The first error (refused, timed out, out of memory, read-only, any `RedisError`) opens the
breaker: for COOL_DOWN seconds every call goes to the fallback, then Redis is tried again.
The fallback is local memory for rate limits ("memory"), or nothing for the page cache
("none"), which must never serve a page another process could not purge.
"""

import logging
import threading
import time

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

REDIS_ERRORS = (RedisError, ConnectionInterrupted, OSError)
_open_until = {}  # Redis URL -> time.monotonic() until which it is skipped
_lock = threading.Lock()
METHODS = "add get set touch delete get_many set_many delete_many has_key incr decr clear"


def is_open(location):
    return time.monotonic() < _open_until.get(location, 0)


def trip(location, error, cool_down):
    with _lock:
        if is_open(location):
            return
        _open_until[location] = time.monotonic() + cool_down
    logger.warning(
        "Redis at %s unavailable (%r); skipping it for %s s.", location, error, cool_down
    )


class SafeRedisCache(BaseCache):
    """CACHES backend: LOCATION is the Redis URL; OPTIONS: COOL_DOWN (30 s), FALLBACK
    ("memory" or "none") and django-redis's own options (socket timeouts 0.2 s)."""

    def __init__(self, server, params):
        super().__init__(params)
        options = dict(params.get("OPTIONS", {}))
        self.cool_down = options.pop("COOL_DOWN", 30)
        fallback = options.pop("FALLBACK", "memory")
        options.setdefault("SOCKET_CONNECT_TIMEOUT", 0.2)
        options.setdefault("SOCKET_TIMEOUT", 0.2)
        options["IGNORE_EXCEPTIONS"] = False
        self.location = server
        self.redis = RedisCache(server, {**params, "OPTIONS": options})
        if fallback == "memory":
            self.fallback = LocMemCache(f"fallback:{server}", {**params, "OPTIONS": {}})
        else:
            self.fallback = DummyCache(server, {})

    def available(self):
        return not is_open(self.location)

    def call(self, name, *args, **kwargs):
        if self.available():
            try:
                return getattr(self.redis, name)(*args, **kwargs)
            except REDIS_ERRORS as error:
                trip(self.location, error, self.cool_down)
        return getattr(self.fallback, name)(*args, **kwargs)

    def close(self, **kwargs):
        self.redis.close(**kwargs)


def _guarded(name):
    def method(self, *args, **kwargs):
        return self.call(name, *args, **kwargs)

    method.__name__ = name
    return method


for _name in METHODS.split():
    setattr(SafeRedisCache, _name, _guarded(_name))
