import logging
import time
from unittest import mock

import pytest
from django.core.cache import caches
from django.test import override_settings
from redis.exceptions import ConnectionError as RedisConnectionError

from core.ratelimit import hit
from tests.core.redis_outage import breaker_caches, hung_redis, refused_redis
from tweakments.cache import DEFAULT_SOCKET_TIMEOUT, CircuitBreakerCache

PAGES = ["/", "/search/?q=fillers"]


@pytest.mark.django_db
@pytest.mark.parametrize("broken_redis", [hung_redis, refused_redis], ids=["hung", "refused"])
def test_pages_stay_fast_and_limits_hold_while_redis_is_broken(
    broken_redis, client, home_page, caplog, monkeypatch
):
    # Time spent in the cache, per call: page times on a busy test machine are too noisy
    # to compare (tests/bench/bench_cache_outage.py prints those).
    waits = []
    call = CircuitBreakerCache.call

    def timed_call(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return call(self, *args, **kwargs)
        finally:
            waits.append(time.perf_counter() - started)

    monkeypatch.setattr(CircuitBreakerCache, "call", timed_call)
    with broken_redis() as url, override_settings(CACHES=breaker_caches(url)):
        assert isinstance(caches["default"], CircuitBreakerCache)
        with caplog.at_level(logging.WARNING, logger="tweakments.cache"):
            for url in PAGES * 3:
                assert client.get(url).status_code == 200
            # Counted in local memory: the second attempt over a limit of one is refused.
            assert hit("scope", "key", limit=1, period=60)
            assert not hit("scope", "key", limit=1, period=60)
    # Many cache calls, and only the first waited for Redis (at most one socket timeout).
    assert len(waits) > len(PAGES) * 3
    assert sum(waits) < DEFAULT_SOCKET_TIMEOUT + 0.1
    assert sorted(waits)[-2] < 0.01
    logged = [record for record in caplog.records if record.name == "tweakments.cache"]
    assert len(logged) == 1 and "using local memory for 30 s" in logged[0].getMessage()


def test_redis_is_tried_again_after_the_cool_down(caplog):
    backend = CircuitBreakerCache(
        "redis://127.0.0.1:6/5", breaker_caches("redis://127.0.0.1:6/5")["default"]
    )
    backend.primary = mock.Mock()
    backend.primary.get.side_effect = RedisConnectionError("gone")
    with caplog.at_level(logging.WARNING, logger="tweakments.cache"):
        backend.fallback.set("k", "local")
        assert backend.get("k") == "local"
        assert backend.get("k") == "local"
        assert backend.primary.get.call_count == 1  # skipped during the cool-down

        backend.primary.get.side_effect = None
        backend.primary.get.return_value = "shared"
        later = time.monotonic() + 31
        with mock.patch("tweakments.cache.time.monotonic", return_value=later):
            assert backend.get("k") == "shared"
    assert [record.getMessage().split(" (")[0] for record in caplog.records] == [
        "Cache at redis://127.0.0.1:6/5 unavailable",
        "Cache at redis://127.0.0.1:6/5 is answering again.",
    ]


def test_other_redis_errors_are_not_hidden():
    backend = CircuitBreakerCache(
        "redis://127.0.0.1:7/5", breaker_caches("redis://127.0.0.1:7/5")["default"]
    )
    backend.primary = mock.Mock()
    backend.primary.incr.side_effect = ValueError("Key 'k' not found")
    with pytest.raises(ValueError):
        backend.incr("k")
    assert not backend.breaker.is_open()
