import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.db.models.signals import post_save
from wagtail.test.utils.form_data import rich_text

from questions.models import Question
from tests.articles.factories import ExpertFactory
from tests.questions.factories import QuestionFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/questions/question/"


@pytest.fixture
def admin_client(client, moderator):
    client.force_login(moderator)
    return client


def edit_url(question):
    return f"{LIST}edit/{question.pk}/"


def edit_data(question, **overrides):
    return {
        "question": question.question,
        "anonymous": "",
        "answer": rich_text(""),
        "answered_by": "",
        "tags": "",
        "sources-count": "0",
        "changes-count": "0",
        **overrides,
    }


def test_moderators_group_has_just_the_needed_permissions():
    group = Group.objects.get(name="Question moderators")
    assert sorted(group.permissions.values_list("codename", flat=True)) == [
        "access_admin",
        "change_question",
        "view_question",
    ]


def test_menu_item_shows_how_many_are_waiting(admin_client):
    QuestionFactory.create_batch(3)
    QuestionFactory(published=True)
    response = admin_client.get("/admin/")
    assert "Questions (3 new)" in response.content.decode()


def test_dashboard_panel_shows_the_count_and_the_oldest(admin_client):
    oldest = QuestionFactory(question="The very first waiting question?")
    QuestionFactory()
    page = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    panel = page.select_one("#waiting-questions-section")
    assert "2 questions waiting" in panel.get_text()
    assert panel.find("a", href=edit_url(oldest)).get_text() == oldest.title


def test_list_filters_by_status_topic_and_searches(admin_client):
    waiting = QuestionFactory(question="Waiting about lasers?", topics=["Lasers"])
    published = QuestionFactory(published=True, question="Published about peels?")
    response = admin_client.get(LIST, {"status": "new"})
    assert waiting.title in response.content.decode()
    assert published.title not in response.content.decode()
    tag = waiting.tags.get()
    assert published.title not in admin_client.get(LIST, {"topic": tag.pk}).content.decode()
    found = admin_client.get(LIST, {"q": "peels"}).content.decode()
    assert published.title in found and waiting.title not in found
    assert admin_client.get(LIST, {"status": "junk", "created_at_after": "x"}).status_code == 200


def test_publishing_needs_an_answer(admin_client):
    question = QuestionFactory()
    response = admin_client.post(
        edit_url(question), edit_data(question, **{"action-publish-answer": "Publish answer"})
    )
    assert response.status_code == 200
    assert "Write the answer before publishing" in response.content.decode()
    question.refresh_from_db()
    assert question.status == Question.Status.NEW


def test_publishing_e_mails_the_asker_the_link_once(
    admin_client, ask_page, django_capture_on_commit_callbacks
):
    expert = ExpertFactory(name="Dr Sarah Okafor")
    question = QuestionFactory(email="asker@example.com", question="Is Profhilo painful?")
    data = edit_data(
        question,
        answer=rich_text("<p>A little, for a moment.</p>"),
        answered_by=expert.pk,
        tags='"Skin boosters"',
        **{"action-publish-answer": "Publish answer"},
    )
    saves = []

    def saved(**kwargs):
        saves.append(kwargs)

    post_save.connect(saved, sender=Question)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url(question), data)
    post_save.disconnect(saved, sender=Question)
    assert response.status_code == 302
    # Saved once (each save renews every cached page and reindexes the answer).
    assert len(saves) == 1
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED and question.published_at
    assert question.answered_by == expert
    assert [tag.name for tag in question.tags.all()] == ["Skin boosters"]
    (message,) = mail.outbox
    assert message.to == ["asker@example.com"]
    assert f"/ask-alice/{question.pk}/is-profhilo-painful/" in message.body

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(edit_url(question), edit_data(question, answer=rich_text("<p>Ok</p>")))
    assert len(mail.outbox) == 1


def test_rejecting_from_the_edit_view(admin_client):
    question = QuestionFactory()
    response = admin_client.post(
        edit_url(question), edit_data(question, **{"action-reject-question": "Reject"})
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.REJECTED


def test_bulk_reject(admin_client):
    chosen = QuestionFactory.create_batch(2)
    other = QuestionFactory()
    url = "/admin/bulk/questions/question/reject/"
    ids = "&".join(f"id={question.pk}" for question in chosen)
    confirm = admin_client.get(f"{url}?{ids}")
    assert confirm.status_code == 200 and "Yes, reject" in confirm.content.decode()
    response = admin_client.post(f"{url}?{ids}")
    assert response.status_code == 302
    assert set(Question.objects.filter(status="rejected")) == set(chosen)
    other.refresh_from_db()
    assert other.status == Question.Status.NEW


def test_user_text_is_escaped_in_the_admin(admin_client):
    xss = "<script>alert('x')</script>"
    question = QuestionFactory(name=xss, question=f"Is it safe? {xss}")
    for url in (LIST, edit_url(question), "/admin/"):
        content = admin_client.get(url).content.decode()
        assert "<script>alert('x')" not in content, url


def test_moderators_cannot_reach_other_admin_areas(admin_client):
    for url in ("/admin/snippets/articles/expert/", "/admin/images/", "/admin/users/"):
        assert admin_client.get(url).status_code in (302, 403), url
    assert admin_client.get(f"{LIST}add/").status_code in (302, 403)


# --- Answering: publish first, named defaults, a preview --------------------------------


def test_a_waiting_question_has_publish_as_its_main_button(admin_client):
    page = BeautifulSoup(admin_client.get(edit_url(QuestionFactory())).content, "html.parser")
    buttons = page.select("footer button[name]")
    assert buttons[0]["name"] == "action-publish-answer"
    assert "Publish answer" in buttons[0].get_text()
    assert "action-save" not in buttons[0].get("name", "")


def test_a_published_question_keeps_save_as_its_main_button(admin_client):
    page = BeautifulSoup(
        admin_client.get(edit_url(QuestionFactory(published=True))).content, "html.parser"
    )
    first = page.select("footer button")[0]
    assert first.get("name") != "action-publish-answer"


def test_the_default_answerer_is_named_and_the_public_view_is_previewed(admin_client):
    ExpertFactory(name="Dr Kate Goldie")
    question = QuestionFactory(name="Harriet Nash-Smith", anonymous=True, short_title="When?")
    page = BeautifulSoup(admin_client.get(edit_url(question)).content, "html.parser")
    options = page.select("select[name=answered_by] option")
    assert (options[0]["value"], options[0].get_text()) == ("", "Alice Hart-Davis")
    preview = page.find(string="How it will appear on the site").find_parent("section")
    text = " ".join(preview.get_text(" ").split())
    assert "Heading: When?" in text
    assert "Asked by: H. N-S." in text and "Answered by: Alice Hart-Davis" in text
    assert "harriet" not in text.lower().replace("h. n-s.", "")


def test_publishing_an_experts_answer_tells_the_asker_who_answered(
    admin_client, ask_page, django_capture_on_commit_callbacks
):
    expert = ExpertFactory(name="Dr Kate Goldie")
    question = QuestionFactory()
    data = edit_data(
        question,
        answer=rich_text("<p>Wait until lines stay at rest.</p>"),
        answered_by=str(expert.pk),
        short_title="Is 25 too early for anti-wrinkle injections?",
        **{"action-publish-answer": "Publish answer"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url(question), data)
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.is_published and question.title.startswith("Is 25 too early")
    (message,) = [m for m in mail.outbox if m.to == [question.email]]
    assert message.subject == "Dr Kate Goldie has answered your question"
