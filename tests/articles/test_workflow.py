"""Clinical sign-off: an editor submits, a clinical reviewer approves (the page goes live
with the reviewer and date stamped) or requests changes with a comment; editors outside the
group cannot publish; minor edits by the named permission go straight out and are logged."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticlePage
from articles.workflows import MINOR_EDIT_ACTION, ClinicalReviewTask, set_up_clinical_review
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    make_clinical_reviewer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def workflow(news):
    group, workflow = set_up_clinical_review([news])
    return workflow


def make_user(name, *groups):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "a-long-password-42")
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def editor(workflow):
    """Wagtail's Moderators may publish pages; not health pages, outside Clinical review."""
    return make_user("editor", "Moderators")


@pytest.fixture
def reviewer(workflow):
    user = make_user("reviewer", "Editors")
    make_clinical_reviewer(user)
    return user


@pytest.fixture
def draft(news, editor):
    """A live article with a new draft the editor has submitted to Clinical review."""
    article = ArticlePageFactory(parent=news, title="Exosomes explained")
    article.title = "Exosomes explained, reviewed"
    revision = article.save_revision(user=editor)
    article.get_workflow().start(article, editor)
    return ArticlePage.objects.get(pk=article.pk), revision


def action_url(page, action):
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def test_the_set_up_gives_the_health_sections_a_clinical_review_step(news, workflow):
    task = ClinicalReviewTask.objects.get()
    assert list(task.groups.values_list("name", flat=True)) == ["Clinical reviewers"]
    article = ArticlePageFactory(parent=news)
    assert article.get_workflow() == workflow
    assert set_up_clinical_review([news])[1] == workflow  # idempotent
    assert ClinicalReviewTask.objects.count() == 1


def test_an_editor_outside_the_group_sees_submit_but_no_publish(client, editor, news):
    article = ArticlePageFactory(parent=news)
    client.force_login(editor)
    soup = BeautifulSoup(client.get(f"/admin/pages/{article.pk}/edit/").content, "html.parser")
    actions = {button.get("name") for button in soup.select("form button[name^=action-]")}
    assert "action-submit" in actions
    assert "action-publish" not in actions
    add = client.get(f"/admin/pages/add/articles/articlepage/{news.pk}/")
    assert b'name="action-publish"' not in add.content


def article_form(article, **overrides):
    """The edit form of an article as the page editor posts it."""
    return nested_form_data(
        {
            "title": article.title,
            "slug": article.slug,
            "date": "2026-03-03",
            "author": "",
            "tags": "",
            "standfirst": "A short summary.",
            "hero_image": "",
            "hero_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Tiny messengers.</p>"))]),
            "treatment_links": inline_formset([]),
            "next_review_due": "",
            "sources": streamfield([]),
            "changes": streamfield([]),
            **overrides,
        }
    )


def test_the_server_refuses_an_editors_publish_of_a_health_page(client, editor, news):
    article = ArticlePageFactory(parent=news, title="Before")
    client.force_login(editor)
    data = article_form(article, title="Published without review")
    response = client.post(f"/admin/pages/{article.pk}/edit/", {**data, "action-publish": "1"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Before"  # live as it was; the edit is kept as a draft
    assert article.get_latest_revision_as_object().title == "Published without review"
    assert not PageLogEntry.objects.filter(page=article, action=MINOR_EDIT_ACTION).exists()


def test_the_reviewer_approves_and_the_page_goes_live_with_the_stamp(client, reviewer, draft):
    article, _ = draft
    client.force_login(reviewer)
    response = client.post(action_url(article, "approve"), {"comment": ""})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live and article.title == "Exosomes explained, reviewed"
    assert article.reviewed_by == reviewer.expert_profile
    assert article.last_reviewed == timezone.localdate()
    assert article.next_review_due.year == timezone.localdate().year + 1
    assert WorkflowState.objects.get(object_id=str(article.pk)).status == "approved"
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert "Medically reviewed by Dr Sarah Okafor (GMC 7012345)" in " ".join(
        page.select_one(".review-line").get_text().split()
    )


def test_a_reviewer_requests_changes_with_a_comment(client, reviewer, draft):
    article, _ = draft
    client.force_login(reviewer)
    client.post(action_url(article, "reject"), {"comment": "Cite the FDA notice, please."})
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == "needs_changes"
    assert state.current_task_state.comment == "Cite the FDA notice, please."
    article.refresh_from_db()
    assert article.title == "Exosomes explained" and article.reviewed_by is None


def test_a_group_member_without_a_registered_profile_cannot_approve(client, draft):
    article, _ = draft
    member = make_user("member", "Editors", "Clinical reviewers")
    client.force_login(member)
    refused = client.post(action_url(article, "approve"), {"comment": ""})
    assert refused.status_code == 302 and refused.url == "/admin/"  # Wagtail's refusal
    assert WorkflowState.objects.get(object_id=str(article.pk)).status == "in_progress"
    assert "approve" not in [
        name for name, *_ in ClinicalReviewTask.objects.get().get_actions(article, member)
    ]
    client.post(action_url(article, "reject"), {"comment": "Needs a source."})
    assert WorkflowState.objects.get(object_id=str(article.pk)).status == "needs_changes"


def test_a_minor_edit_by_the_named_permission_is_published_and_logged(client, editor, news):
    editor.user_permissions.add(Permission.objects.get(codename="skip_clinical_review"))
    article = ArticlePageFactory(parent=news, title="Exosomes explaned")
    client.force_login(editor)
    soup = BeautifulSoup(client.get(f"/admin/pages/{article.pk}/edit/").content, "html.parser")
    assert soup.select_one("button[name=action-publish]")
    data = article_form(article, title="Exosomes explained")
    response = client.post(f"/admin/pages/{article.pk}/edit/", {**data, "action-publish": "1"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Exosomes explained"
    entry = PageLogEntry.objects.get(page=article, action=MINOR_EDIT_ACTION)
    assert entry.user == editor
    history = client.get(f"/admin/pages/{article.pk}/history/")
    assert b"Minor edit published without clinical review" in history.content
