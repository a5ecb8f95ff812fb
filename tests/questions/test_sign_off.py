"""An answer's clinical sign-off: only a clinical reviewer publishes an answer or changes a
published one, and doing so stamps them as its reviewer; minor edits by the named
permission are logged; others draft answers that wait for sign-off."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import rich_text

from articles.workflows import MINOR_EDIT_ACTION
from questions.models import Question
from tests.questions.factories import QuestionFactory
from tests.questions.test_admin import LIST, edit_data, edit_url

pytestmark = pytest.mark.django_db
PUBLISH = {"action-publish-answer": "Publish answer"}


@pytest.fixture
def drafter(client):
    """A question moderator who is not a clinical reviewer."""
    user = get_user_model().objects.create_user("drafter", "d@example.com", "a-long-pass-42")
    user.groups.add(Group.objects.get(name="Question moderators"))
    client.force_login(user)
    return user


def test_a_moderator_outside_the_group_drafts_but_cannot_publish(client, drafter):
    question = QuestionFactory()
    soup = BeautifulSoup(client.get(edit_url(question)).content, "html.parser")
    assert not soup.select("button[name=action-publish-answer]")
    answer = rich_text("<p>Not yet.</p>")
    refused = client.post(edit_url(question), edit_data(question, answer=answer, **PUBLISH))
    assert refused.status_code == 200
    assert "Only a clinical reviewer can publish an answer" in refused.content.decode()
    saved = client.post(edit_url(question), edit_data(question, answer=answer))
    assert saved.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.NEW and "Not yet." in question.answer
    assert list(Question.objects.awaiting_sign_off()) == [question]
    listing = client.get(f"{LIST}?awaiting_sign_off=true")
    assert question.title in listing.content.decode()


def test_a_moderator_outside_the_group_cannot_change_a_published_answer(client, drafter):
    question = QuestionFactory(published=True)
    response = client.post(edit_url(question), edit_data(question, answer=rich_text("<p>No</p>")))
    assert response.status_code == 200
    question.refresh_from_db()
    assert question.answer == "<p>Yes, with a qualified practitioner.</p>"


def test_a_clinical_reviewer_publishing_is_stamped_as_the_reviewer(client, moderator):
    client.force_login(moderator)  # a question moderator and a clinical reviewer
    question = QuestionFactory()
    data = edit_data(question, answer=rich_text("<p>Yes.</p>"), **PUBLISH)
    assert client.post(edit_url(question), data).status_code == 302
    question.refresh_from_db()
    assert question.is_published
    assert question.reviewed_by == moderator.expert_profile
    assert question.last_reviewed == timezone.localdate()
    assert question.next_review_due > question.last_reviewed


def test_a_minor_edit_by_the_named_permission_is_logged(client, drafter):
    drafter.user_permissions.add(Permission.objects.get(codename="skip_clinical_review"))
    question = QuestionFactory(published=True)
    data = edit_data(question, answer=rich_text("<p>Yes, with a qualified practitioner!</p>"))
    assert client.post(edit_url(question), data).status_code == 302
    question.refresh_from_db()
    assert question.answer.endswith("practitioner!</p>") and question.reviewed_by is None
    assert ModelLogEntry.objects.filter(action=MINOR_EDIT_ACTION, user=drafter).count() == 1
