from unittest import mock

import pytest
from django.http import HttpResponse

from tweakments.forms import HoneypotMixin
from tweakments.ratelimit import client_address, hit, rate_limit


@rate_limit("demo", limit=2, period=3600)
def demo_view(request):
    return HttpResponse("ok")


@pytest.mark.django_db
def test_third_post_in_the_period_gets_a_friendly_429(rf, home_page):
    responses = [demo_view(rf.post("/", REMOTE_ADDR="10.0.0.1")) for _ in range(3)]
    assert [r.status_code for r in responses] == [200, 200, 429]
    responses[2].render()
    assert b"Please wait a little while" in responses[2].content
    assert responses[2]["Retry-After"] == "3600"
    # Another address, and GETs, are not limited.
    assert demo_view(rf.post("/", REMOTE_ADDR="10.0.0.2")).status_code == 200
    assert demo_view(rf.get("/", REMOTE_ADDR="10.0.0.1")).status_code == 200


def test_limit_fails_open_when_the_cache_is_down():
    # What django-redis returns for every call when Redis is down and errors are ignored.
    with mock.patch("tweakments.ratelimit.cache") as broken:
        broken.add.return_value = None
        broken.incr.return_value = None
        assert all(hit("scope", "key", limit=1, period=60) for _ in range(5))


def test_client_address_trusts_the_proxy_header_only_when_configured(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="6.6.6.6, 1.2.3.4")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == "10.0.0.9"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request) == "1.2.3.4"


def test_honeypot_spots_a_filled_field():
    assert HoneypotMixin(data={"website": "http://spam.test"}).is_spam()
    assert not HoneypotMixin(data={"website": "  "}).is_spam()
