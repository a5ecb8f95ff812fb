import pytest

from questions.forms import AnswerFilterForm, QuestionForm
from questions.models import QUESTION_MAX_LENGTH
from tests.questions.conftest import question_data

pytestmark = pytest.mark.django_db


def test_a_good_question_is_valid_and_records_consent():
    form = QuestionForm(question_data(anonymous="on"))
    assert form.is_valid(), form.errors
    question = form.save()
    assert question.anonymous and question.consented_at is not None


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"question": "x" * 10_000}, "question", "1000 characters or fewer (it has 10000)"),
        ({"consent": ""}, "consent", "Please agree to the terms and privacy policy"),
        ({"email": "not-an-address"}, "email", "Please enter a valid e-mail address"),
        ({"email": ""}, "email", "Please enter your e-mail address"),
        ({"name": ""}, "name", "Please tell us your name"),
        ({"name": "jane.doe@leak-test.example"}, "name", "without an e-mail address or numbers"),
        ({"name": "Jane 07700900123"}, "name", "without an e-mail address or numbers"),
        ({"question": "   "}, "question", "Please write your question"),
        ({"question": "Botox?"}, "question", "Please tell us a little more"),
    ],
)
def test_bad_input_gets_a_clear_message(overrides, field, message):
    form = QuestionForm(question_data(**overrides))
    assert not form.is_valid()
    assert message in " ".join(form.errors[field])


def test_question_limit_is_on_the_field_for_the_browser_too():
    field = QuestionForm().fields["question"]
    assert field.max_length == QUESTION_MAX_LENGTH
    assert field.widget.attrs["maxlength"] == str(QUESTION_MAX_LENGTH)


def test_filled_honeypot_is_spam():
    assert QuestionForm(question_data(website="http://spam.example")).is_spam()
    assert not QuestionForm(question_data()).is_spam()


def test_for_request_prefills_a_tidy_length_limited_question(rf, ask_page):
    request = rf.get("/", {"question": "  lip   filler " + "y" * 5000})
    form = QuestionForm.for_request(request)
    assert form.initial["question"].startswith("lip filler y")
    assert len(form.initial["question"]) == QUESTION_MAX_LENGTH
    assert 'href="/terms/"' in str(form.fields["consent"].label)
    assert 'href="/privacy/"' in str(form.fields["consent"].label)


@pytest.mark.parametrize(
    "data", [{"topic": "x" * 500}, {"topic": "<script>"}, {"q": "'; DROP TABLE--"}, {}]
)
def test_answer_filters_never_fail_on_junk(data):
    form = AnswerFilterForm(data, topics=[])
    assert form.chosen_topic is None
    assert isinstance(form.search_terms(), str)
