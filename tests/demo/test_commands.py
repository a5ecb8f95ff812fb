import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from articles.models import ArticleIndexPage, ArticlePage, ArticlePageTreatment, Expert
from core.models import SiteSettings, StandardPage
from demo import content
from demo.steps import all_steps
from home.models import HomePage
from newsletter.models import Subscriber
from practitioners.models import Clinic, Practitioner
from questions.models import Question
from tests.conftest import ensure_root_page
from treatments.models import Area, Concern, TreatmentPage

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out = io.StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            HomePage,
            StandardPage,
            Expert,
            ArticlePage,
            ArticlePageTreatment,
            Concern,
            Area,
            TreatmentPage,
            Question,
            Subscriber,
            Practitioner,
            Clinic,
            get_image_model(),
        )
    }


def test_seed_demo_builds_the_site_and_a_second_run_changes_no_counts(client):
    ensure_root_page()
    output = run("seed_demo")
    assert f"Demo content ready ({len(all_steps())} steps)" in output
    assert "Seeding demo content" in output  # the progress bar

    first = counts()
    assert first["HomePage"] == 1
    assert first["StandardPage"] == len(content.load_pages("shell")) + 1  # + editorial policy
    assert first["Expert"] == len(content.load("articles", "experts")["experts"])
    assert first["ArticlePage"] == len(content.load_pages("articles"))
    assert first["TreatmentPage"] == len(content.load_pages("treatments"))
    assert first["Question"] == len(content.load("questions", "questions")["questions"])
    assert first["Subscriber"] == len(content.load("newsletter", "subscribers")["subscribers"])
    assert first["Practitioner"] == 60
    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    assert (site.hostname, site.port) == ("testserver", 80)  # SITE_URL, not localhost
    assert len(home.sections[0].value["featured"]) == 3
    settings = SiteSettings.load()
    assert settings.terms_page.slug == "terms" and settings.privacy_page.slug == "privacy"
    assert settings.ask_question_page.slug == "ask-alice"

    exosomes = ArticlePage.objects.get(slug="exosomes-explained")
    kinds = [block.block_type for block in exosomes.body]
    assert {"heading", "paragraph", "expert_quote", "price_callout"} <= set(kinds)
    assert exosomes.tags.count() >= 2
    assert exosomes.treatment_links.count() == 3
    menu = [block.value.url() for block in SiteSettings.load().main_menu]
    assert menu == ["/news/", "/tweakments/", "/ask-alice/", "/find-a-practitioner/", "/videos/"]

    run("seed_demo")
    assert counts() == first
    menu = [block.value.url() for block in SiteSettings.load().main_menu]
    assert menu.count("/news/") == 1
    assert "already present" in run("seed_demo", "--once")

    news = ArticleIndexPage.objects.get()
    urls = ["/", "/news/", exosomes.url, "/about/", "/terms/", "/privacy/", "/news/feed/"]
    urls += ["/tweakments/", "/tweakments/dermal-fillers/", "/ask-alice/"]
    for url in urls:
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
