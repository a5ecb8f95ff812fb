import io
import os
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from core.models import SiteSettings
from home.models import HomePage
from tests.home.factories import HomePageFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM must be
# allowed there for the live_server journeys.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Fresh caches and a private media folder for every test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    for alias in settings.CACHES:
        caches[alias].clear()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()


def ensure_root_page():
    """The tree root and default Locale; a transactional test's flush deletes them."""
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _ = Locale.objects.get_or_create(language_code=language)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def make_home_page():
    root = ensure_root_page()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Test"
    )
    SiteSettings.load()
    return home


@pytest.fixture
def home_page(db):
    return make_home_page()


@contextmanager
def module_transaction(django_db_blocker, tmp_path_factory):
    """For rows that a test module's tests share, made once (module-scoped fixtures): a
    transaction rolled back at the module's end, in which each test runs in a savepoint
    (pytest-django's `db`). Use it only in modules whose every test wants those rows.
    Yields a media folder for their files (tests point MEDIA_ROOT at it)."""
    media = tmp_path_factory.mktemp("module-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        yield media
        transaction.set_rollback(True)


def reloaded(rows):
    """The same rows (in a dict of dicts) loaded again, so that no test sees another's
    changes to the Python objects."""
    if isinstance(rows, dict):
        return {name: reloaded(row) for name, row in rows.items()}
    return type(rows).objects.get(pk=rows.pk)


@pytest.fixture(scope="module")
def demo_site_data(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site (`seed_demo`), seeded once per test module (module_transaction).
    Yields the media folder it drew into."""
    with module_transaction(django_db_blocker, tmp_path_factory) as media:
        ensure_root_page()
        call_command("seed_demo", stdout=io.StringIO())
        yield media


@pytest.fixture
def demo_site(db, demo_site_data, settings):
    settings.MEDIA_ROOT = demo_site_data
    return HomePage.objects.get()
