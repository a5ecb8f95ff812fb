"""Redis broken in every way we know: pages are served (as misses), never a 500, and a
change made while Redis was away reaches readers within a second of its return."""

import logging
import os
import socket
import time
import uuid

import pytest
from django.core.cache import caches
from django.test import override_settings
from django_redis.cache import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError

from core.ratelimit import hit
from tweakments.delivery import backends, pages
from tweakments.delivery.models import SiteVersion

from .broken_redis import hung_redis, oom_redis, readonly_redis, redis_caches, refused_redis

PAGES = ["/", "/about/", "/about/?page=2", "/search/?q=fillers"]
REDIS = ("127.0.0.1", 6379)


def redis_running():
    try:
        socket.create_connection(REDIS, timeout=0.2).close()
    except OSError:
        return False
    return True


@pytest.mark.parametrize(
    "broken_redis",
    [hung_redis, refused_redis, oom_redis, readonly_redis],
    ids=["hung", "refused", "out of memory", "read-only"],
)
def test_pages_are_served_and_limits_hold_whatever_redis_does(
    broken_redis, client, about, caplog, monkeypatch
):
    waits = []

    def timed(method):
        def call(self, *args, **kwargs):
            started = time.perf_counter()
            try:
                return method(self, *args, **kwargs)
            finally:
                waits.append(time.perf_counter() - started)

        return call

    for name in ("get", "get_many", "set", "add", "incr", "delete"):
        monkeypatch.setattr(RedisCache, name, timed(getattr(RedisCache, name)))
    caplog.set_level(logging.WARNING, logger="tweakments.delivery.backends")
    with broken_redis() as url, override_settings(CACHES=redis_caches(url)):
        for page in PAGES * 2:
            response = client.get(page)
            assert response.status_code == 200, page
            assert response.get("X-Page-Cache") != "hit"
        # Counted in local memory meanwhile: the second attempt over a limit of one fails.
        assert hit("scope", "key", limit=1, period=60)
        assert not hit("scope", "key", limit=1, period=60)
    # Redis was asked once, for at most one socket timeout, then skipped; one warning.
    assert len(waits) == 1 and waits[0] < 0.3
    logged = [r for r in caplog.records if r.name == "tweakments.delivery.backends"]
    assert len(logged) == 1 and "skipping it for 30 s" in logged[0].getMessage()


def test_redis_is_tried_again_after_the_cool_down(monkeypatch):
    with refused_redis() as url:
        backend = backends.SafeRedisCache(url, redis_caches(url)["default"])
        backend.fallback.set("k", "local")
        assert backend.get("k") == "local"
        monkeypatch.setattr(backend.redis, "get", lambda *args, **kwargs: "shared")
        assert backend.get("k") == "local"  # skipped during the cool-down
        later = time.monotonic() + 31
        monkeypatch.setattr(backends.time, "monotonic", lambda: later)
        assert backend.get("k") == "shared"


@pytest.fixture
def real_redis():
    if not redis_running():
        if os.environ.get("CI"):
            pytest.fail("CI runs Redis at 127.0.0.1:6379")
        pytest.skip("no Redis at 127.0.0.1:6379")
    url = "redis://127.0.0.1:6379/6"
    settings = redis_caches(url)
    for alias in settings.values():
        alias["KEY_PREFIX"] = f"tweakments-test-{uuid.uuid4().hex}"
    with override_settings(CACHES=settings):
        yield caches["pages"]
        caches["pages"].clear()
        caches["default"].clear()


def test_a_publish_while_redis_is_away_is_served_when_it_returns(
    client, about, committed, real_redis, monkeypatch
):
    client.get("/about/")
    assert client.get("/about/")["X-Page-Cache"] == "hit"

    def refused(*args, **kwargs):
        raise RedisConnectionError("Redis is down")

    with monkeypatch.context() as outage:
        for name in ("get", "set", "get_many", "add", "incr"):
            outage.setattr(RedisCache, name, refused)
        about.title = "Written during the outage"
        committed(lambda: about.save_revision().publish())
        during = client.get("/about/")
        assert b"Written during the outage" in during.content
        assert "X-Page-Cache" not in during

    backends._open_until.clear()  # the cool-down is over: Redis answers again
    response = client.get("/about/")
    assert b"Written during the outage" in response.content
    assert response["X-Page-Cache"] == "miss"
    assert client.get("/about/")["X-Page-Cache"] == "hit"


def test_a_renewal_another_process_could_not_store_is_served_within_a_second(
    client, about, real_redis
):
    client.get("/about/")
    assert client.get("/about/")["X-Page-Cache"] == "hit"
    # Another process (a task worker) published and renewed the version in the database,
    # but could not reach Redis; this process checked the database a moment ago.
    about.title = "Published by a worker"
    about.save_revision().publish()
    SiteVersion.renew()
    pages._checked_at = time.monotonic()
    assert client.get("/about/")["X-Page-Cache"] == "hit"  # for up to a second
    time.sleep(1.05)
    response = client.get("/about/")
    assert response["X-Page-Cache"] == "miss"
    assert b"Published by a worker" in response.content
