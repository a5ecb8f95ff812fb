"""Page times and status codes of the demo site with Redis working, hung and refused.

Run with `.venv/bin/pytest -m bench tests/bench/bench_cache_outage.py -s`. "working" uses
the Redis at 127.0.0.1:6379 (database 5) when one is running.
"""

import contextlib
import io
import socket
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

from tests.delivery.broken_redis import hung_redis, redis_caches, refused_redis

pytestmark = [pytest.mark.bench, pytest.mark.django_db]

PAGES = ["/", "/tweakments/", "/news/", "/ask-alice/", "/find-a-practitioner/", "/search/?q=lips"]
OVER_LIMIT_POSTS = 12  # the newsletter signup allows 10 an hour per address


def redis_running():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.2).close()
    except OSError:
        return False
    return True


def visit(client):
    rows = []
    for url in PAGES:
        started = time.perf_counter()
        status = client.get(url).status_code
        rows.append((url, status, (time.perf_counter() - started) * 1000))
    return rows


def signups_refused(client):
    return sum(
        client.post("/newsletter/", {"email": "x"}, REMOTE_ADDR="10.9.9.9").status_code == 429
        for _ in range(OVER_LIMIT_POSTS)
    )


def test_pages_with_redis_working_hung_and_refused(client):
    call_command("seed_demo", stdout=io.StringIO())
    scenarios = [("local memory", lambda: contextlib.nullcontext(None))]
    if redis_running():
        working = "redis://127.0.0.1:6379/5"
        scenarios.append(("Redis working", lambda: contextlib.nullcontext(working)))
    scenarios += [("Redis hung", hung_redis), ("Redis refused", refused_redis)]
    for label, redis_url in scenarios:
        with redis_url() as url:
            caches = (
                override_settings(CACHES=redis_caches(url)) if url else contextlib.nullcontext()
            )
            with caches:
                cache.clear()
                results = [visit(client), visit(client)]
                refused = signups_refused(client)
        print(f"\n{label}: over-limit signups refused {refused} of {OVER_LIMIT_POSTS - 10}")
        for load, rows in enumerate(results, start=1):
            print(f"  load {load}: " + "  ".join(f"{u} {s} {ms:.0f} ms" for u, s, ms in rows))
        assert all(status == 200 for rows in results for _, status, _ in rows)
