"""Ask Alice's part of privacy_export / privacy_erase / prune (see core.privacy)."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core.email import queue_email
from core.models import OutboundEmail
from questions.models import Question
from tests.questions.factories import QuestionFactory

pytestmark = pytest.mark.django_db

EMAIL = "Ann@Example.com"


def notify(question, to):
    return queue_email(
        to, "New question", "questions/emails/new_question", {"question": question}, about=question
    )


@pytest.fixture
def askers_data():
    published = QuestionFactory(
        published=True, name="Ann O'Brien", email=EMAIL, question="Is Profhilo painful?"
    )
    waiting = QuestionFactory(name="Ann O'Brien", email="ann@example.com", topics=["Peels"])
    # jo.ann@ contains ann@: it must never be matched by ann@'s requests.
    other = QuestionFactory(name="Jo Ann", email="jo.ann@example.com")
    for question in (waiting, other):
        notify(question, "moderator@example.com")
    queue_email(
        "ann@example.com",
        "Thanks",
        "questions/emails/question_received",
        {"question": waiting},
        about=waiting,
    )
    ModelLogEntry.objects.log_action(waiting, "wagtail.edit")
    return {"published": published, "waiting": waiting, "other": other}


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_export_lists_the_askers_questions_and_notices_but_no_one_elses(askers_data):
    out, err = run("privacy_export", "--email", " ann@example.com ")
    data = json.loads(out)
    ids = {item["id"] for item in data["questions"]["questions"]}
    assert ids == {askers_data["published"].pk, askers_data["waiting"].pk}
    waiting = next(
        q for q in data["questions"]["questions"] if q["id"] == askers_data["waiting"].pk
    )
    assert waiting["name"] == "Ann O'Brien" and waiting["topics"] == ["Peels"]
    (notice,) = data["questions"]["notices_to_moderators"]
    assert notice["to"] == "moderator@example.com" and "ann@example.com" in notice["body"]
    assert [message["subject"] for message in data["outbox"]] == ["Thanks"]
    assert "jo.ann" not in out
    assert "Found data in: outbox, questions." in err


def test_erase_deletes_unpublished_anonymises_published_and_spares_jo_ann(askers_data):
    out, _ = run("privacy_erase", "--email", "ANN@example.com")
    assert "questions: deleted 1, anonymised 1" in out
    assert not Question.objects.filter(pk=askers_data["waiting"].pk).exists()
    kept = Question.objects.get(pk=askers_data["published"].pk)
    assert (kept.name, kept.email, kept.anonymous) == ("", "", True)
    assert kept.question == "Is Profhilo painful?" and kept.is_published
    assert kept.asker_display == "Anonymous"
    # Jo Ann's question and the moderator's notice about it are untouched.
    assert Question.objects.filter(pk=askers_data["other"].pk).exists()
    assert list(OutboundEmail.objects.values_list("to", "about_id")) == [
        ("moderator@example.com", askers_data["other"].pk)
    ]
    entry = ModelLogEntry.objects.get()
    assert entry.label == "[erased]" and entry.data == {}
    data = json.loads(run("privacy_export", "--email", "ann@example.com")[0])
    assert data == {"email": "ann@example.com"}


@pytest.mark.parametrize("command", ["privacy_export", "privacy_erase"])
def test_an_empty_address_is_refused(command, askers_data):
    with pytest.raises(CommandError):
        run(command, "--email", "  ")
    assert Question.objects.count() == 3


def test_prune_deletes_old_rejected_questions_with_their_e_mails(settings, askers_data):
    settings.REJECTED_QUESTION_RETENTION_DAYS = 180
    old = QuestionFactory(email="old@example.com")
    old.reject()
    old.save()
    notify(old, "moderator@example.com")
    recent = QuestionFactory(email="recent@example.com")
    recent.reject()
    recent.save()
    long_ago = timezone.now() - datetime.timedelta(days=181)
    Question.objects.filter(pk=old.pk).update(updated_at=long_ago)
    Question.objects.filter(pk=askers_data["waiting"].pk).update(
        updated_at=long_ago
    )  # not rejected
    out, _ = run("prune")
    assert "questions: deleted 1" in out
    assert not Question.objects.filter(pk=old.pk).exists()
    assert not OutboundEmail.objects.about(old).exists()
    assert Question.objects.filter(pk__in=[recent.pk, askers_data["waiting"].pk]).count() == 2
