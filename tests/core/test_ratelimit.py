import pytest
from django.http import HttpResponse

from core.forms import HoneypotMixin
from core.ratelimit import client_address, client_key, rate_limit


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


def test_ipv6_visitors_are_counted_per_64_network(rf, home_page):
    first = rf.post("/", REMOTE_ADDR="2001:db8:1:2::1")
    same_network = rf.post("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    other_network = rf.post("/", REMOTE_ADDR="2001:db8:1:3::1")
    assert [demo_view(r).status_code for r in (first, same_network, same_network)] == [
        200,
        200,
        429,
    ]
    assert demo_view(other_network).status_code == 200
    assert client_key(rf.get("/", REMOTE_ADDR="::ffff:10.0.0.1")) == "10.0.0.1"
    assert client_key(rf.get("/", REMOTE_ADDR="not-an-ip")) == "not-an-ip"


def test_client_address_trusts_the_proxy_header_only_when_configured(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="6.6.6.6, 1.2.3.4")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == "10.0.0.9"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request) == "1.2.3.4"


def test_honeypot_spots_a_filled_field():
    assert HoneypotMixin(data={"website": "http://spam.test"}).is_spam()
    assert not HoneypotMixin(data={"website": "  "}).is_spam()
