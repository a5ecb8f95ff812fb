"""The demo site as `seed_demo` builds it, seeded once for this module (`demo_site` in
tests/conftest.py): what it holds, that a second run changes nothing, its medical review."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site, WorkflowPage

from articles.models import ArticleIndexPage, ArticlePage
from articles.review import CLINICAL_REVIEWERS, is_clinical_reviewer
from articles.workflows import WORKFLOW_NAME
from core.models import SiteSettings
from demo import content
from demo.steps import all_steps
from home.health import health_items
from home.models import HomePage
from questions.models import Question
from tests.demo.seeding import counts, run
from treatments.models import TreatmentPage
from videos.models import VideoPage

pytestmark = pytest.mark.django_db


def test_seed_demo_builds_the_site_and_a_second_run_changes_no_counts(client, demo_site):
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
    featured = [page.pk for page in home.sections[0].value["featured"]]
    newest = ArticlePage.objects.order_by("-date").first()  # the hero's "Just published"
    assert len(featured) == 3 and newest.pk not in featured
    settings = SiteSettings.load()
    assert settings.terms_page.slug == "terms" and settings.privacy_page.slug == "privacy"
    assert settings.ask_question_page.slug == "ask-alice"

    exosomes = ArticlePage.objects.get(slug="exosomes-explained")
    kinds = [block.block_type for block in exosomes.body]
    assert {"heading", "paragraph", "expert_quote", "price_callout"} <= set(kinds)
    assert exosomes.tags.count() >= 2
    assert exosomes.treatment_links.count() == 3
    menu = [block.value.url() for block in SiteSettings.load().main_menu]
    assert menu == [
        *("/news/", "/tweakments/", "/ask-alice/", "/find-a-practitioner/"),
        *("/uk-rules/", "/something-went-wrong/", "/videos/"),
    ]

    output = run("seed_demo")
    assert f"Demo content ready ({len(all_steps())} steps)" in output
    assert "Seeding demo content" in output  # the progress bar
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


def test_every_demo_health_page_shows_its_review(client, demo_site):
    health = [
        *ArticlePage.objects.live(),
        *TreatmentPage.objects.live(),
        *VideoPage.objects.live(),
        *Question.objects.published(),
    ]
    assert len(health) == 55
    for item in health:
        assert item.reviewed_by.register and item.reviewed_by.registration_number, item
        assert item.last_reviewed < item.next_review_due, item
        assert item.source_list, item
        item.full_clean()

    exosomes = ArticlePage.objects.get(slug="exosomes-explained")
    publishers = [source["publisher"] for source in exosomes.source_list]
    assert publishers[:2] == ["European Commission", "U.S. Food and Drug Administration"]
    assert "CosIng" in exosomes.source_list[0]["title"]
    html = client.get(exosomes.url).content.decode()
    assert "Medically reviewed by" in html and "CosIng" in html and "What changed" in html

    workflow_pages = WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME)
    assert {page.page.slug for page in workflow_pages} == {"news", "tweakments", "videos"}
    user = get_user_model().objects.get(username="reviewer")
    assert user.groups.filter(name=CLINICAL_REVIEWERS).exists()
    assert is_clinical_reviewer(user) and not user.has_usable_password()

    # Plain language: every demo health page reads at the target age or below.
    hard_to_read = [(item.title, item.reading_age) for item in health_items() if item.hard_to_read]
    assert hard_to_read == []

    policy = SiteSettings.load().editorial_policy_page
    assert policy.url == "/about/editorial-policy/"
    assert client.get(policy.url).status_code == 200
    assert client.get("/about/trust/").status_code == 200
