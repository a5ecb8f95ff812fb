"""Rate limits: off in development, on in the tests and in production."""

import importlib

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.ratelimit import rate_limit


@rate_limit("test-scope", limit=1, period=60)
def view(request):
    return HttpResponse("ok")


def post_twice():
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")
    return [view(request).status_code for _ in range(2)]


def test_limits_apply_by_default(settings):
    assert getattr(settings, "RATE_LIMITS_ENABLED", True)
    assert post_twice() == [200, 429]


def test_limits_can_be_turned_off(settings):
    settings.RATE_LIMITS_ENABLED = False
    assert post_twice() == [200, 200]


@pytest.mark.parametrize(
    ("module", "enabled"),
    [("tweakments.settings.dev", False), ("tweakments.settings.test", True)],
)
def test_development_turns_limits_off_and_tests_keep_them(module, enabled):
    settings_module = importlib.import_module(module)
    assert getattr(settings_module, "RATE_LIMITS_ENABLED", True) is enabled
