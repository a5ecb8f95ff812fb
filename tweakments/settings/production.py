"""Production: everything secret or host-specific comes from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, SECRET_KEY, SITE_URL, TRUSTED_PROXY_COUNT, env_bool, env_int

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "Set SECRET_KEY in the environment (for development: "
        "DJANGO_SETTINGS_MODULE=tweakments.settings.dev, or `make run`)."
    )
if not SITE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(
        "Set SITE_URL to the public root URL, e.g. https://tweakments.co.uk."
    )

INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]
# Work is queued in the database and run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

if TRUSTED_PROXY_COUNT:
    # Only a proxy we put in front may say the request came over HTTPS; without one,
    # any client could send the header.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
