import pytest
from django.core.cache import caches
from django.test import override_settings

from tweakments.ratelimit import hit

# Nothing listens on port 1: every Redis call fails, as when the server has stopped.
DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
    }
}


@pytest.mark.django_db
def test_pages_and_rate_limits_keep_working_without_redis(client, home_page):
    with override_settings(CACHES=DEAD_REDIS):
        assert "RedisCache" in type(caches["default"]).__name__
        assert client.get("/").status_code == 200
        assert client.get("/search/", {"q": "fillers"}).status_code == 200
        assert hit("scope", "key", limit=1, period=60) and hit("scope", "key", limit=1, period=60)
