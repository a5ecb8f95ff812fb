"""Settings that keep production honest: its default, SITE_URL, proxies, headers."""

import io
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Site

from core.sites import apply_site_url

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
# Reading a setting loads the settings module, which is all these tests need: without
# django.setup() (the apps) a run takes a twentieth of the time.
READ_SETTINGS = "from django.conf import settings as s; "
PRINT_SETTINGS = READ_SETTINGS + (
    "print(s.SETTINGS_MODULE, s.SITE_URL, s.WAGTAILADMIN_BASE_URL, s.SECURE_PROXY_SSL_HEADER)"
)


def python(code, **env):
    environ = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE"}}
    environ.update(env)
    return subprocess.run(  # noqa: S603 - our own interpreter and fixed arguments
        [sys.executable, *code], cwd=BASE_DIR, env=environ, capture_output=True, text=True
    )


def test_manage_py_defaults_to_production_settings():
    result = python(["manage.py", "check"], SECRET_KEY="")
    assert result.returncode != 0 and "Set SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_site_url():
    result = python(
        ["-c", PRINT_SETTINGS],
        SECRET_KEY="x" * 50,
        SITE_URL="",
        DJANGO_SETTINGS_MODULE="tweakments.settings.production",
    )
    assert result.returncode != 0 and "Set SITE_URL" in result.stderr


@pytest.mark.parametrize(
    ("proxies", "header"), [("0", "None"), ("1", "('HTTP_X_FORWARDED_PROTO', 'https')")]
)
def test_production_trusts_the_https_header_only_behind_a_proxy(proxies, header):
    result = python(
        ["-c", PRINT_SETTINGS],
        SECRET_KEY="x" * 50,
        SITE_URL="https://guide.example",
        TRUSTED_PROXY_COUNT=proxies,
        DJANGO_SETTINGS_MODULE="tweakments.settings.production",
    )
    assert result.stdout.strip().split(maxsplit=3) == [
        "tweakments.settings.production",
        "https://guide.example",
        "https://guide.example",
        header,
    ]


def test_dev_site_url_defaults_to_the_runserver_address():
    result = python(
        ["-c", PRINT_SETTINGS], SITE_URL="", DJANGO_SETTINGS_MODULE="tweakments.settings.dev"
    )
    assert result.stdout.split()[1:3] == ["http://127.0.0.1:8000"] * 2


@pytest.mark.django_db
def test_the_default_site_follows_site_url(settings, home_page):
    settings.SITE_URL = "https://guide.example"
    site = apply_site_url()
    assert (site.hostname, site.port) == ("guide.example", 443)
    assert Site.objects.get(is_default_site=True).root_page.specific.full_url == (
        "https://guide.example/"
    )
    settings.SITE_URL = "http://127.0.0.1:8000"
    assert (apply_site_url().hostname, Site.objects.get().port) == ("127.0.0.1", 8000)


@pytest.mark.django_db
def test_migrate_points_the_default_site_at_site_url(settings, home_page):
    settings.SITE_URL = "http://127.0.0.1:8000"
    call_command("migrate", verbosity=0)
    assert Site.objects.get(is_default_site=True).hostname == "127.0.0.1"


@pytest.mark.django_db
def test_retrying_mail_refuses_the_console_backend(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    with pytest.raises(CommandError, match="DJANGO_SETTINGS_MODULE=tweakments.settings.production"):
        call_command("send_queued_email", stdout=io.StringIO())


def script_sources(response):
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return next(sources for name, *sources in directives if name == "script-src")


@pytest.mark.django_db
def test_admin_csp_is_as_strict_as_wagtail_allows_and_every_page_a_permissions_policy(
    client, home_page, admin_user
):
    sign_in = client.get(reverse("wagtailadmin_login"))
    client.force_login(admin_user)
    admin = client.get(reverse("wagtailadmin_home"))
    for response in (sign_in, admin):
        policy = response["Content-Security-Policy"]
        for directive in (
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
            "connect-src 'self'",
        ):
            assert directive in policy
        assert "unsafe-eval" not in policy
    # Wagtail's widgets still set themselves up in inline scripts; the sign-in page has none.
    assert script_sources(admin) == ["'self'", "'unsafe-inline'"]
    assert script_sources(sign_in) == ["'self'"]
    public = client.get("/")
    assert script_sources(public) == ["'self'"]
    assert "unsafe-inline" not in public["Content-Security-Policy"]
    for response in (sign_in, admin, public):
        assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_a_page_previewed_in_the_admin_may_be_framed_by_the_admin(rf, home_page, admin_user):
    """Wagtail renders a preview by running the page's own path through the middleware;
    the public policy (frame-ancestors 'none') would leave the preview panel empty."""
    request = rf.get("/admin/pages/1/edit/preview/")
    request.user = admin_user
    policy = home_page.make_preview_request(request)["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy


def test_production_reaches_a_cdn_and_a_media_bucket_from_the_environment():
    code = READ_SETTINGS + (
        "print(sorted(s.WAGTAILFRONTENDCACHE), s.STORAGES['default']['BACKEND'], "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1])"
    )
    result = python(
        ["-c", code],
        SECRET_KEY="x" * 50,
        SITE_URL="https://tweakments.co.uk",
        DJANGO_SETTINGS_MODULE="tweakments.settings.production",
        CLOUDFRONT_DISTRIBUTION_ID="E123",
        AWS_STORAGE_BUCKET_NAME="tweakments-media",
        AWS_S3_CUSTOM_DOMAIN="media.tweakments.co.uk",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "['cloudfront']",
        "storages.backends.s3.S3Storage",
        "https://media.tweakments.co.uk",
    ]
