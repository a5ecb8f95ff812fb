"""/healthz: is the database reachable, is the cache; fast, never kept by any cache."""

import json
import time

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

from tests.delivery.broken_redis import hung_redis, redis_caches

pytestmark = pytest.mark.django_db


def health(client, **headers):
    response = client.get("/healthz", **headers)
    return response, json.loads(response.content)


def test_all_well(client, home_page, settings):
    settings.PAGE_CACHE_ENABLED = True
    response, body = health(client)
    assert response.status_code == 200
    assert body == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"] and not response.cookies
    assert "X-Page-Cache" not in health(client)[0]  # never kept by the page cache
    assert client.head("/healthz").status_code == 200


def test_answers_over_plain_http_where_everything_else_is_redirected(client, home_page, settings):
    """The load balancer or monitor asks the app server directly, without TLS."""
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/").status_code == 301
    assert health(client)[0].status_code == 200


def test_database_down(client, home_page, monkeypatch):
    def refused(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", refused)
    response, body = health(client)
    assert response.status_code == 503
    assert body["status"] == "down" and body["database"] == "unreachable"


def test_redis_down_is_reported_quickly_while_pages_keep_serving(client, home_page, settings):
    """A Redis outage doesn't stop pages (every cache error is a miss), so the site is
    "degraded", not down: a load balancer keeps the node, monitoring sees the outage."""
    with hung_redis() as url:
        settings.CACHES = redis_caches(url)
        started = time.monotonic()
        response, body = health(client)
        assert time.monotonic() - started < 1
    assert response.status_code == 200
    assert body == {"status": "degraded", "database": "ok", "cache": "unreachable"}
