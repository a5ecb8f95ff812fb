"""Local development: debug on, e-mail to the console, immediate tasks."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env_bool, env_list, env_str

SITE_URL = (env_str("SITE_URL") or "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
DEBUG = True
# `seed_demo` and `local_admin` (see demo/); never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Hashed file names need collectstatic; in development serve files as they are.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
SERVE_MEDIA = True
# Rate limits are off while developing, so trying a form a sixth time is no 429 until a
# restart; RATE_LIMITS_ENABLED=true turns them on to try the 429 page.
RATE_LIMITS_ENABLED = env_bool("RATE_LIMITS_ENABLED", False)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Background tasks and page events log at INFO; keep the console readable.
LOGGING["loggers"]["django_tasks"] = {"level": "WARNING"}  # noqa: F405
LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}  # noqa: F405
