"""Settings shared by every environment.

Production-safe by default; dev.py and test.py loosen what they need. Everything that
differs between machines comes from the environment.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from xstatic.pkg import leaflet as xstatic_leaflet

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_str(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number") from error


def env_list(name, default=()):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


# --- Core -------------------------------------------------------------------------------

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
# How many reverse proxies in front of the app add to X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "core",
    "tweakments.delivery.DeliveryConfig",
    "articles",
    "treatments",
    "practitioners",
    "rules",
    "questions",
    "newsletter",
    "chatbot",
    "videos",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtailmedia",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a page-cache hit skips the rest, and a kept page holds all their headers.
    "tweakments.delivery.pages.page_cache_middleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware, which refuses hosts not in ALLOWED_HOSTS.
    "core.sites.site_middleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "tweakments.middleware.SiteCSPMiddleware",
    "tweakments.middleware.permissions_policy",
    # Last, as django-axes asks: turns a locked-out sign-in into its lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tweakments.urls"
WSGI_APPLICATION = "tweakments.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
    {
        # Plain-text e-mail bodies (core.email): the same templates, no HTML escaping.
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

# --- Database ---------------------------------------------------------------------------
# SQLite with no set-up by default; DATABASE_URL (PostgreSQL) in CI and production.

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")
else:
    # SQLite connections are cheap and persistent ones only hold file locks.
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------------------
# Redis when REDIS_URL is set (tweakments/delivery/backends.py): 0.2 s timeouts, and any
# Redis error is a miss; after one, Redis is skipped for CACHE_COOL_DOWN seconds, so a hung
# or stopped Redis slows no page. Meanwhile rate limits ("default") count in local memory
# and the page cache ("pages") keeps nothing. Local memory when REDIS_URL is unset.
# Give Redis a `maxmemory` and `maxmemory-policy allkeys-lru` (see the README).

REDIS_URL = env_str("REDIS_URL")


def redis_cache(fallback):
    return {
        "BACKEND": "tweakments.delivery.backends.SafeRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "tweakments"),
        "OPTIONS": {"COOL_DOWN": env_int("CACHE_COOL_DOWN", 30), "FALLBACK": fallback},
    }


if REDIS_URL:
    CACHES = {"default": redis_cache("memory"), "pages": redis_cache("none")}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
# Sessions live in the database only: a session cached in a process's local memory during
# an outage would disagree with the copy left in Redis (a logout could come undone).

# --- Page cache and edge (tweakments/delivery/) ----------------------------------------
# Anonymous GETs of public pages are kept in PAGE_CACHE_ALIAS while the site's version
# holds; any change a public page can show renews it and purges the edge (Varnish, a CDN)
# of the whole site ("/*"), through wagtail.contrib.frontend_cache's backends: VARNISH_URL
# (http://127.0.0.1:6081) or CLOUDFRONT_DISTRIBUTION_ID, which both take a site-wide purge.
# Browsers are told to check back; the edge keeps pages for PAGE_CACHE_EDGE_MAX_AGE.

PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 60 * 60 * 24)
PAGE_CACHE_EDGE_MAX_AGE = env_int("PAGE_CACHE_EDGE_MAX_AGE", 60 * 10)
# Seconds between checks of Redis's copy of the version against the database's.
PAGE_CACHE_VERSION_CHECK = 1.0
PAGE_CACHE_EXCLUDED_PATHS = [
    *("/admin/", "/documents/", "/static/", "/video-files/", "/chat/", "/healthz"),
    # Links with a subscriber's token.
    *("/newsletter/confirm/", "/newsletter/unsubscribe/", "/newsletter/preferences/"),
]
# The query parameters pages declare (filters and page numbers): a URL with any other is
# rendered but never kept. Free text a visitor typed (q, question, postcode) is not here:
# a visitor's words are never kept, at the edge or here.
PAGE_CACHE_QUERY_PARAMETERS = {
    *("page", "topic", "concern", "area", "budget", "downtime", "t"),
    *("miles", "years", "treatment", "profession", "expert"),
    *("nation", "stage", "under18"),
}
PAGE_CACHE_TRACKING_PARAMETERS = {"fbclid", "gclid", "mc_cid", "mc_eid", "_ga"} | {
    f"utm_{name}" for name in ("source", "medium", "campaign", "term", "content", "id")
}
# Query strings kept per path and version: junk ones can't fill the cache.
PAGE_CACHE_MAX_VARIANTS = env_int("PAGE_CACHE_MAX_VARIANTS", 64)
CSRF_FAILURE_VIEW = "core.origin.csrf_failure"
WAGTAILFRONTENDCACHE = {}
if env_str("VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("VARNISH_URL"),
    }
if env_str("CLOUDFRONT_DISTRIBUTION_ID"):
    # boto3 finds the AWS keys (or the instance's role) itself; "/*" invalidates everything.
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("CLOUDFRONT_DISTRIBUTION_ID"),
    }

# --- Background tasks -------------------------------------------------------------------
# Immediate in dev and test; production.py switches to the database backend + db_worker.

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A task still running this long after it began lost its worker (killed, out of memory):
# `prune` marks it failed (core/tasks.py). Our longest task takes seconds.
TASK_STALLED_AFTER_MINUTES = env_int("TASK_STALLED_AFTER_MINUTES", 60)
# Finished task rows (their arguments name e-mails and pages) are deleted by `prune` after:
TASK_RESULT_RETENTION_DAYS = env_int("TASK_RESULT_RETENTION_DAYS", 14)

# --- E-mail (always sent from a task through the outbox, see core/email.py) -------------

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "The Tweakments Guide <hello@tweakments.test>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Retention (`manage.py prune`, daily from cron): sent e-mail, and questions an editor
# rejected, are deleted after this many days.
OUTBOX_RETENTION_DAYS = env_int("OUTBOX_RETENTION_DAYS", 90)
REJECTED_QUESTION_RETENTION_DAYS = env_int("REJECTED_QUESTION_RETENTION_DAYS", 180)
# django-axes' sign-in records (usernames, addresses, browsers), kept to look into an attack.
SIGN_IN_RECORD_RETENTION_DAYS = env_int("SIGN_IN_RECORD_RETENTION_DAYS", 30)

# --- Ask Alice: moderators' e-mail (questions/notifications.py) -------------------------
# Moderators get one e-mail per question while fewer than QUESTION_ALERT_LIMIT questions
# arrived in the last QUESTION_DIGEST_MINUTES. Past that, the questions wait for
# `manage.py questions_digest` (every 5 minutes from cron or its systemd timer), which
# sends one e-mail for all of them, at most once every QUESTION_DIGEST_MINUTES. So 1,000
# questions in a few minutes send each moderator 10 e-mails and a digest, not 1,000.

QUESTION_ALERT_LIMIT = env_int("QUESTION_ALERT_LIMIT", 10)
QUESTION_DIGEST_MINUTES = env_int("QUESTION_DIGEST_MINUTES", 30)

# --- Newsletter -------------------------------------------------------------------------
# Issues go out in batches through the outbox: this many messages, then a pause, so the
# mail relay is not flooded. A message still unsent after a try waits RETRY_SECONDS,
# doubling each time, and is given up after MAX_ATTEMPTS. A send whose task has made no
# progress for STALLED_AFTER_SECONDS (a crashed worker) is resumed by `newsletter_send`.

NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 100)
NEWSLETTER_BATCH_PAUSE_SECONDS = env_int("NEWSLETTER_BATCH_PAUSE_SECONDS", 1)
NEWSLETTER_RETRY_SECONDS = env_int("NEWSLETTER_RETRY_SECONDS", 60)
NEWSLETTER_MAX_ATTEMPTS = env_int("NEWSLETTER_MAX_ATTEMPTS", 5)
NEWSLETTER_STALLED_AFTER_SECONDS = env_int("NEWSLETTER_STALLED_AFTER_SECONDS", 300)
# The mailbox of the List-Unsubscribe mailto: link; its mail must reach an editor.
NEWSLETTER_UNSUBSCRIBE_MAILTO = env_str(
    "NEWSLETTER_UNSUBSCRIBE_MAILTO", "unsubscribe@tweakments.test"
)

# --- Auth -------------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# Sign-in lock-out (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one username
# from one address, that username waits AXES_COOLOFF_TIME there, and only there: a stranger
# guessing an editor's password never locks the editor out elsewhere. One address is also
# capped across usernames (the second entry), so it cannot try five passwords on each of
# many accounts.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "core.admin_auth.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # failures are enough; no log of every editor's sign-in
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.admin_auth.OutboxPasswordResetForm"

# --- Internationalisation ---------------------------------------------------------------

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static and media files -------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Leaflet (practitioner maps) from the xstatic-leaflet wheel: served locally, no CDN.
STATICFILES_DIRS += [("vendor/leaflet", xstatic_leaflet.BASE_DIR)]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)


def media_storage():
    """Media in MEDIA_ROOT, or in an S3-compatible bucket (django-storages) when
    AWS_STORAGE_BUCKET_NAME is set, so several app servers share one media store.

    AWS_S3_ENDPOINT_URL points at a non-AWS service (MinIO, Cloudflare R2, ...),
    AWS_S3_CUSTOM_DOMAIN serves the files from a CDN's host name. The keys are read by boto3
    from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the instance's role), not here.
    """
    bucket = env_str("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
            "region_name": env_str("AWS_S3_REGION_NAME"),
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),
            "location": env_str("AWS_LOCATION", "media"),
            # Public pictures at stable URLs that pages, Varnish and a CDN can keep; the
            # bucket's policy (not per-object ACLs) makes them readable.
            "querystring_auth": False,
            "default_acl": None,
            # As on disk: a second upload of "face.jpg" gets its own name, never replaces.
            "file_overwrite": False,
        },
    }


def media_origin(storage):
    """Where pages load pictures and videos from when media is in a bucket (for the CSP)."""
    options = storage.get("OPTIONS", {})
    if options.get("custom_domain"):
        return f"https://{options['custom_domain']}"
    if options.get("endpoint_url"):
        return options["endpoint_url"].rstrip("/")
    if options.get("bucket_name"):
        return f"https://{options['bucket_name']}.s3.amazonaws.com"
    return None


STORAGES = {
    "default": media_storage(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ORIGINS = [origin] if (origin := media_origin(STORAGES["default"])) else []

# --- Security headers -------------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
# The load balancer and monitoring ask the app server for /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Strict policy for the public site; the admin has its own (below), applied under /admin/
# by tweakments.middleware.SiteCSPMiddleware.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        # Map tiles of the practitioner directory (PRACTITIONERS_MAP_TILES).
        "img-src": [SELF, "data:", "https://tile.openstreetmap.org", *MEDIA_ORIGINS],
        "media-src": [SELF, *MEDIA_ORIGINS],  # the Video Hub's own files
        "font-src": [SELF],
        "connect-src": [SELF],
        # Only YouTube's privacy-enhanced player and Vimeo's, which video pages and videos
        # in articles load on a click (articles/embeds.py PLAYERS).
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
ADMIN_URL_PREFIX = "/admin/"
# The admin: everything from our own origin, no plugins, no eval, framed only by itself.
# What stops it going further, as of Wagtail 8.0:
# - script-src needs 'unsafe-inline'. Wagtail writes inline <script>s itself that set up
#   its widgets, with ids and options that change each time: every chooser (BaseChooser.
#   render), InlinePanel and MultipleChooserPanel, and the date and time inputs (also in
#   listing filters); wagtailmedia's upload form has one too. They carry no nonce, and
#   their hashes can't be known in advance; a nonce or hash in script-src would make
#   browsers ignore 'unsafe-inline' and so break them. ('unsafe-eval' is not needed.)
# - style-src needs 'unsafe-inline': style="" attributes in Wagtail's templates (the sign-in
#   page has one) and <style> elements its editor scripts add.
# The sign-in pages render none of those scripts, so there script-src is 'self' alone.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    # Uploads previewed before saving (blob:) and Wagtail's inline SVG icons (data:).
    "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
    "media-src": [SELF, "blob:", *MEDIA_ORIGINS],
    "font-src": [SELF],
    "connect-src": [SELF],
    # Page previews are our own pages in a frame, with the video players they load.
    "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "worker-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],  # the editor previews pages in a frame of its own
}
ADMIN_SIGN_IN_PATHS = ["/admin/login/", "/admin/password_reset/"]
ADMIN_SIGN_IN_CONTENT_SECURITY_POLICY = {**ADMIN_CONTENT_SECURITY_POLICY, "script-src": [SELF]}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
)

# --- Wagtail ----------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "The Tweakments Guide"
# The public root URL, e.g. https://tweakments.co.uk: the default Site record follows it
# (tweakments/sites.py), so every absolute link and e-mail uses it. Required in production.
SITE_URL = env_str("SITE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {
    # PostgreSQL full-text search or SQLite FTS5, picked from the database. Swap for
    # "wagtail.search.backends.opensearch3" (with INDEX_PREFIX) when content outgrows it.
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Office files and PDFs for editors, and WebVTT caption files for videos.
WAGTAILDOCS_EXTENSIONS = [
    *("pdf", "doc", "docx", "odt", "rtf", "txt", "csv", "xls", "xlsx", "ods", "ppt", "pptx"),
    "vtt",
]
# Refuses a .vtt upload that is not valid WebVTT (videos/document_forms.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "videos.document_forms.CaptionCheckingDocumentForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_I18N_ENABLED = False

# --- Chatbot ----------------------------------------------------------------------------

# Questions one client address may ask per minute (dev and test allow more).
CHATBOT_RATE_LIMIT_PER_MINUTE = env_int("CHATBOT_RATE_LIMIT_PER_MINUTE", 20)
# Conversations older than this are deleted by `manage.py chatbot_prune`.
CHATBOT_RETENTION_DAYS = env_int("CHATBOT_RETENTION_DAYS", 90)
# Optional rephrasing by a generative model behind an OpenAI-compatible API; off when empty.
CHATBOT_LLM_BASE_URL = env_str("CHATBOT_LLM_BASE_URL", "")
CHATBOT_LLM_MODEL = env_str("CHATBOT_LLM_MODEL", "")
CHATBOT_LLM_API_KEY = env_str("CHATBOT_LLM_API_KEY", "")
CHATBOT_LLM_TIMEOUT = env_int("CHATBOT_LLM_TIMEOUT", 8)

# --- Logging ----------------------------------------------------------------------------
# To stdout; the request line is in the message of django.request errors.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR", "propagate": True},
        "django.security": {"level": "WARNING", "propagate": True},
        "axes": {"level": "WARNING", "propagate": True},  # no start-up banner
    },
}
