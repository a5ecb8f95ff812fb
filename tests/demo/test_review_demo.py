"""The demo's medical review: every health page and answer reviewed, sourced and signed off
by a registered reviewer, the workflow and its reviewer, and the editorial policy."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import WorkflowPage

from articles.models import ArticlePage
from articles.review import CLINICAL_REVIEWERS, is_clinical_reviewer
from articles.workflows import WORKFLOW_NAME
from core.models import SiteSettings
from demo import content
from questions.models import Question
from tests.conftest import ensure_root_page
from treatments.models import TreatmentPage
from videos.models import VideoPage

pytestmark = pytest.mark.django_db


def test_the_review_content_names_only_known_sources_and_every_health_page():
    sources = content.load("review", "sources")
    reviews = content.load("review", "reviews")
    assert all(source.get("url") or source.get("doi") for source in sources.values())
    used = {
        key for section in reviews.values() for data in section.values() for key in data["sources"]
    }
    assert used <= set(sources)
    assert set(reviews["articles"]) == {page["slug"] for page in content.load_pages("articles")}
    assert set(reviews["treatments"]) == {p["slug"] for p in content.load_pages("treatments")}
    assert set(reviews["videos"]) == {page["slug"] for page in content.load_pages("videos")}
    emails = {question["email"] for question in content.load("questions", "questions")["questions"]}
    assert set(reviews["answers"]) == emails


def test_every_demo_health_page_shows_its_review(client):
    ensure_root_page()
    call_command("seed_demo", stdout=io.StringIO())
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

    policy = SiteSettings.load().editorial_policy_page
    assert policy.url == "/about/editorial-policy/"
    assert client.get(policy.url).status_code == 200
    assert client.get("/about/trust/").status_code == 200
