"""A Redis cache behind a circuit breaker, with local memory when Redis is away.

A page makes dozens of cache calls (site root paths, image renditions, rate limits,
settings). With Redis hung, each one waited for its socket timeout and pages took
minutes. Here the first failure opens the breaker: for the next COOL_DOWN seconds every
call goes straight to a per-process local-memory cache, then one call tries Redis again.
The outage is logged once per cool-down, not once per call.

Rate limits keep counting while Redis is away, in the local cache: per process, so a
little looser than the shared count, but never switched off.
"""

import logging
import threading
import time

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# What an unreachable, refusing or hung server raises; other errors are bugs and surface.
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, ConnectionInterrupted, OSError)
DEFAULT_COOL_DOWN = 30  # seconds
DEFAULT_SOCKET_TIMEOUT = 0.2  # seconds; Redis on the same network answers in a millisecond


class Breaker:
    """Open (skip Redis) for `cool_down` seconds after a failure. Shared by the threads of
    a process: Django gives every thread its own cache object."""

    def __init__(self, cool_down):
        self.cool_down = cool_down
        self.open_until = 0.0
        self.tripped = False
        self.lock = threading.Lock()

    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, location, error):
        with self.lock:
            if self.is_open():
                return  # another thread already tripped it and logged
            self.open_until = time.monotonic() + self.cool_down
            self.tripped = True
        logger.warning(
            "Cache at %s unavailable (%s: %s); using local memory for %s s.",
            location,
            type(error).__name__,
            error,
            self.cool_down,
        )

    def reset(self, location):
        if not self.tripped:
            return
        with self.lock:
            was_tripped, self.tripped = self.tripped, False
        if was_tripped:
            logger.warning("Cache at %s is answering again.", location)


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(location, cool_down):
    with _breakers_lock:
        return _breakers.setdefault(location, Breaker(cool_down))


def _guarded(name):
    def method(self, *args, **kwargs):
        return self.call(name, *args, **kwargs)

    method.__name__ = name
    return method


class CircuitBreakerCache(BaseCache):
    """CACHES backend: LOCATION is the Redis URL; OPTIONS may set COOL_DOWN and the
    django-redis options (socket timeouts default to DEFAULT_SOCKET_TIMEOUT)."""

    def __init__(self, server, params):
        super().__init__(params)
        options = dict(params.get("OPTIONS", {}))
        cool_down = options.pop("COOL_DOWN", DEFAULT_COOL_DOWN)
        options.setdefault("SOCKET_CONNECT_TIMEOUT", DEFAULT_SOCKET_TIMEOUT)
        options.setdefault("SOCKET_TIMEOUT", DEFAULT_SOCKET_TIMEOUT)
        options["IGNORE_EXCEPTIONS"] = False  # the breaker handles them
        self.location = server
        self.primary = RedisCache(server, {**params, "OPTIONS": options})
        # Named after the Redis URL, so every thread of the process shares it.
        self.fallback = LocMemCache(f"fallback:{server}", {**params, "OPTIONS": {}})
        self.breaker = breaker_for(server, cool_down)

    def call(self, name, *args, **kwargs):
        if not self.breaker.is_open():
            try:
                result = getattr(self.primary, name)(*args, **kwargs)
            except OUTAGE_ERRORS as error:
                self.breaker.trip(self.location, error)
            else:
                self.breaker.reset(self.location)
                return result
        return getattr(self.fallback, name)(*args, **kwargs)

    add = _guarded("add")
    get = _guarded("get")
    set = _guarded("set")
    touch = _guarded("touch")
    delete = _guarded("delete")
    get_many = _guarded("get_many")
    set_many = _guarded("set_many")
    delete_many = _guarded("delete_many")
    has_key = _guarded("has_key")
    incr = _guarded("incr")
    decr = _guarded("decr")
    clear = _guarded("clear")

    def close(self, **kwargs):
        # Called at the end of every request; django-redis keeps its pool open by default.
        self.primary.close(**kwargs)
