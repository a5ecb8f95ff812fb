"""Browser journeys in Debian's Chromium, against pytest-django's live_server.

``live_server`` makes each journey a transactional test whose teardown flushes the
database (root page, root Collection, Locale and Site included), so every journey builds
what it needs, and the journeys run after all other tests. The live server serves
uploads from the current MEDIA_ROOT (tests/conftest.py points it at tmp_path), so
hero images load.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from articles.models import Expert
from core.models import SiteSettings
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ExpertFactory,
    article_body,
)

# A phone the size most readers hold (iPhone 12 to 15).
PHONE = {"width": 390, "height": 844}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
E2E_DIR = Path(__file__).resolve().parent


def is_journey(item):
    return E2E_DIR in Path(str(item.path)).resolve().parents


def pytest_itemcollected(item):
    """Every test in this folder is `e2e` (added before `-m` selects)."""
    if is_journey(item):
        item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Run the journeys after every other test.

    Their live_server flush deletes the root page, root Collection, Locale and Site that
    migrations made. pytest-django puts transactional tests last, but pytest then regroups
    tests by session-scoped parameters (pytest-playwright's `browser_name`, which any test
    with a `page` argument gets), which can pull the journeys forward; hence trylast.
    """
    items[:] = [item for item in items if not is_journey(item)] + [
        item for item in items if is_journey(item)
    ]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's options plus Debian's Chromium (never `playwright install`)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") or os.environ.get("REQUIRE_BROWSER_TESTS"):
            pytest.fail(
                f"Browser tests must run here (CI or REQUIRE_BROWSER_TESTS is set) but "
                f"{CHROMIUM} is missing: apt-get install chromium"
            )
        pytest.skip("Chromium not installed")
    return {
        "headless": True,
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(autouse=True)
def _short_timeouts(request):
    """Fail a journey in seconds, not Playwright's default 30 s per step."""
    expect.set_options(timeout=8_000)
    if "page" in request.fixturenames:
        page = request.getfixturevalue("page")
        page.set_default_timeout(10_000)
        page.set_default_navigation_timeout(15_000)


def keep_to_this_machine(page):
    """Aborts the page's requests to any other host (a journey must work offline); returns
    the list those requests' addresses are added to."""
    blocked = []

    def only_this_machine(route):
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_machine)
    return blocked


@pytest.fixture
def live_site(live_server, home_page):
    """The home page as the default Site, on the live server's host and port."""
    address = urlsplit(live_server.url)
    site = Site.objects.get(root_page=home_page)
    site.hostname, site.port = address.hostname, address.port
    site.save()  # through save(), so Wagtail's cached site root paths are cleared
    return home_page


@pytest.fixture
def news_index(live_site):
    news = ArticleIndexPageFactory(parent=live_site, title="News", slug="news")
    navigation = SiteSettings.load()
    navigation.main_menu = [
        {"type": "link", "value": {"page": news.pk, "external_url": "", "label": ""}}
    ]
    navigation.save()
    return news


@pytest.fixture
def expert(db) -> Expert:
    return ExpertFactory(
        name="Dr Dev Patel", job_title="Aesthetic doctor", clinic="Harley Street Skin"
    )


@pytest.fixture
def journey_content(live_site, news_index, expert):
    """Home, News in the main menu and four illustrated articles in two topics."""
    articles = [
        ArticlePageFactory(
            parent=news_index,
            title="What's the buzz about exosomes?",
            slug="exosomes",
            author=expert,
            body=article_body(expert, heading="What exactly are exosomes?"),
            topics=["Exosomes", "Regenerative aesthetics"],
        ),
        ArticlePageFactory(
            parent=news_index,
            title="Exosomes after microneedling",
            slug="exosomes-microneedling",
            author=expert,
            body=article_body(expert, heading="How it is done"),
            topics=["Exosomes"],
        ),
        ArticlePageFactory(
            parent=news_index,
            title="Skin boosters compared",
            slug="skin-boosters",
            author=expert,
            body=article_body(expert, heading="Which booster?"),
            topics=["Skin boosters"],
        ),
        ArticlePageFactory(
            parent=news_index,
            title="A week of gentle peels",
            slug="gentle-peels",
            author=expert,
            body=article_body(expert, heading="Day one"),
            topics=["Skin boosters"],
        ),
    ]
    return {"home": live_site, "news": news_index, "articles": articles}
