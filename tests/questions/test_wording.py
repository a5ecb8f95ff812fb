"""Every e-mail and the thank-you page of Ask Alice read cleanly with a site name that
starts with "The" and initials that end with a full stop."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from core.models import SiteSettings
from questions import notifications
from questions.models import AskAlicePage
from tests.articles.factories import ExpertFactory
from tests.questions.conftest import question_data
from tests.questions.factories import QuestionFactory
from tests.wording import assert_reads_cleanly, visible_text

pytestmark = pytest.mark.django_db

SUBMIT = "/ask-alice/submit/"


@pytest.fixture
def site_name_with_the(ask_page):
    settings = SiteSettings.load()
    settings.site_name = "The Tweakments Guide"
    settings.save()
    return settings.site_name


@pytest.mark.parametrize(
    ("anonymous", "shown_as"), [("on", "H. N-S."), ("", "Harriet N-S.")], ids=["anon", "named"]
)
def test_question_emails_and_thank_you_page_read_cleanly(
    client, site_name_with_the, moderator, django_capture_on_commit_callbacks, anonymous, shown_as
):
    data = question_data(name="Harriet Nash-Smith", anonymous=anonymous)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT, data)
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert_reads_cleanly(message.subject)
        assert_reads_cleanly(message.body)
    confirmation = next(m for m in mail.outbox if m.to == ["mary@example.com"])
    assert shown_as in confirmation.body
    assert confirmation.body.rstrip().endswith(site_name_with_the)

    thanks = client.get(response["Location"])
    main = BeautifulSoup(thanks.content, "html.parser").find("main")
    text = visible_text(str(main))
    assert shown_as in text
    assert_reads_cleanly(text)


def test_answer_email_says_who_answered_and_reads_cleanly(
    site_name_with_the, django_capture_on_commit_callbacks
):
    expert = ExpertFactory(name="Dr Kate Goldie")
    question = QuestionFactory(published=True, name="Harriet Nash-Smith", answered_by=expert)
    with django_capture_on_commit_callbacks(execute=True):
        notifications.answer_published(question, AskAlicePage.find())
    (message,) = mail.outbox
    assert message.subject == "Dr Kate Goldie has answered your question"
    assert "answered by Dr Kate Goldie" in message.body
    assert_reads_cleanly(message.subject)
    assert_reads_cleanly(message.body)


def test_answer_email_names_alice_when_she_answered(
    site_name_with_the, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notifications.answer_published(QuestionFactory(published=True), AskAlicePage.find())
    assert mail.outbox[0].subject == "Alice Hart-Davis has answered your question"
