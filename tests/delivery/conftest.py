import pytest

from core.models import SiteSettings
from tests.core.factories import StandardPageFactory
from tests.questions.factories import AskAlicePageFactory
from tweakments.delivery import pages


@pytest.fixture
def cached(settings, home_page):
    """The page cache on, its check of the version against the database fresh."""
    settings.PAGE_CACHE_ENABLED = True
    pages._checked_at = 0.0
    return home_page


@pytest.fixture
def about(cached):
    return StandardPageFactory(parent=cached, title="About us", slug="about")


@pytest.fixture
def ask_page(cached):
    page = AskAlicePageFactory(parent=cached)
    settings = SiteSettings.load()
    settings.ask_question_page = page
    settings.save()
    return page


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change and its on-commit renewals, as a real request's transaction would."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            return change()

    return run


@pytest.fixture
def edge(settings):
    """A stand-in edge cache (Varnish, a CDN) that records what it was told to purge."""
    settings.WAGTAILFRONTENDCACHE = {"edge": {"BACKEND": "tests.delivery.conftest.RecordingEdge"}}
    RecordingEdge.purged = []
    return RecordingEdge


class RecordingEdge:
    purged = []

    def __init__(self, params):
        pass

    def purge_batch(self, urls):
        RecordingEdge.purged.extend(urls)
