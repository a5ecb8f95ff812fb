import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from articles import demo_data as article_data
from articles.models import ArticleIndexPage, ArticlePage, Expert
from home.models import HomePage
from tests.conftest import ensure_root_page
from tweakments import demo_data as shell_data
from tweakments.models import NavigationSettings, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out = io.StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


def test_seed_demo_builds_the_site_and_can_run_again(client):
    ensure_root_page()
    output = run("seed_demo")
    assert "Demo content ready" in output

    def counts():
        return (
            HomePage.objects.count(),
            StandardPage.objects.count(),
            Expert.objects.count(),
            ArticlePage.objects.live().count(),
            get_image_model().objects.count(),
        )

    first = counts()
    assert first[:4] == (
        1,
        len(shell_data.STANDARD_PAGES),
        len(article_data.EXPERTS),
        len(article_data.ARTICLES),
    )
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert len(home.sections[0].value["featured"]) == 3
    settings = SiteSettings.load()
    assert settings.terms_page.slug == "terms" and settings.privacy_page.slug == "privacy"
    menu = [block.value.url() for block in NavigationSettings.load().main_menu]
    assert menu.count("/news/") == 1

    exosomes = ArticlePage.objects.get(slug="exosomes-explained")
    kinds = [block.block_type for block in exosomes.body]
    assert {"heading", "paragraph", "expert_quote", "price_callout"} <= set(kinds)
    assert exosomes.tags.count() >= 2

    run("seed_demo")
    assert counts() == first
    menu = [block.value.url() for block in NavigationSettings.load().main_menu]
    assert menu.count("/news/") == 1
    assert "already present" in run("seed_demo", "--once")

    news = ArticleIndexPage.objects.get()
    for url in ["/", "/news/", exosomes.url, "/about/", "/terms/", "/privacy/", "/news/feed/"]:
        assert client.get(url).status_code == 200, url
    topic = exosomes.tags.first()
    assert client.get(f"{news.url}topic/{topic.slug}/").status_code == 200
    assert Page.objects.filter(depth=2).count() == 1


def test_local_admin_creates_one_superuser_and_prints_it(settings, tmp_path):
    settings.DEBUG = True
    settings.BASE_DIR = tmp_path
    first = run("local_admin")
    password = (tmp_path / ".local-admin.txt").read_text().strip()
    assert f"user: admin  password: {password}" in first
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password in run("local_admin")
    assert get_user_model().objects.count() == 1


def test_local_admin_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        run("local_admin")
