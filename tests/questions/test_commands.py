import io
import json

import pytest
from django.core.management import CommandError, call_command

from questions.models import Question
from tests.questions.factories import QuestionFactory
from tweakments.models import OutboundEmail

pytestmark = pytest.mark.django_db

EMAIL = "Asker@Example.com"


@pytest.fixture
def askers_data():
    published = QuestionFactory(
        published=True, name="Mary O'Brien", email=EMAIL, question="Is Profhilo painful?"
    )
    waiting = QuestionFactory(name="Mary O'Brien", email="asker@example.com", topics=["Peels"])
    other = QuestionFactory(email="someone.else@example.com")
    OutboundEmail.objects.create(to="asker@example.com", subject="Thanks", body_text="Hello")
    OutboundEmail.objects.create(
        to="moderator@example.com", subject="New", body_text="From: Mary <asker@example.com>"
    )
    OutboundEmail.objects.create(to="someone.else@example.com", subject="Hi", body_text="Hi")
    return {"published": published, "waiting": waiting, "other": other}


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_export_prints_everything_held_about_the_address(askers_data):
    out, err = run("questions_export", "--email", " asker@example.com ")
    data = json.loads(out)
    assert {item["id"] for item in data["questions"]} == {
        askers_data["published"].pk,
        askers_data["waiting"].pk,
    }
    waiting = next(q for q in data["questions"] if q["id"] == askers_data["waiting"].pk)
    assert waiting["name"] == "Mary O'Brien" and waiting["topics"] == ["Peels"]
    assert sorted(message["subject"] for message in data["emails"]) == ["New", "Thanks"]
    assert "2 question(s), 2 e-mail(s)" in err


def test_export_of_an_unknown_address_is_empty():
    data = json.loads(run("questions_export", "--email", "nobody@example.com")[0])
    assert data["questions"] == [] and data["emails"] == []


def test_erase_deletes_unpublished_and_anonymises_published(askers_data):
    out, _ = run("questions_erase", "--email", "asker@example.com")
    assert "Deleted 1 question(s), anonymised 1, removed 2 e-mail(s)" in out
    assert not Question.objects.filter(pk=askers_data["waiting"].pk).exists()
    kept = Question.objects.get(pk=askers_data["published"].pk)
    assert (kept.name, kept.email, kept.anonymous) == ("", "", True)
    assert kept.question == "Is Profhilo painful?" and kept.is_published
    assert kept.asker_display == "Anonymous"
    assert Question.objects.filter(pk=askers_data["other"].pk).exists()
    assert list(OutboundEmail.objects.values_list("to", flat=True)) == ["someone.else@example.com"]
    # Nothing is left to export.
    data = json.loads(run("questions_export", "--email", "asker@example.com")[0])
    assert data["questions"] == [] and data["emails"] == []


@pytest.mark.parametrize("command", ["questions_export", "questions_erase"])
def test_an_empty_address_is_refused(command, askers_data):
    with pytest.raises(CommandError):
        run(command, "--email", "  ")
    assert Question.objects.count() == 3
