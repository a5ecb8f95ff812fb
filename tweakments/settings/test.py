"""Settings for the test suite: fast hashing, in-memory e-mail and cache, immediate tasks."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS

DEBUG = False
# The demo loaders and their commands are tested too; the database task backend's tables
# are there for tests of the worker (tasks still run at once unless a test says otherwise).
INSTALLED_APPS = [*INSTALLED_APPS, "demo", "django_tasks_db"]
SECRET_KEY = "test-only-secret-key-not-for-production-use-0123456789"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Generous enough for real use and for the chatbot's journeys and benchmark.
CHATBOT_RATE_LIMIT_PER_MINUTE = 600
# Sending runs inside the request with the immediate task backend: no pause between batches.
NEWSLETTER_BATCH_PAUSE_SECONDS = 0
# Off, so that view tests render every request; tests/delivery/ turns it on.
PAGE_CACHE_ENABLED = False
