import datetime

import pytest
from django.utils import timezone

from questions.models import Question
from tests.questions.factories import QuestionFactory

pytestmark = pytest.mark.django_db


def test_published_is_newest_answer_first_and_waiting_is_oldest_first():
    old = QuestionFactory(published=True, published_at=timezone.now() - datetime.timedelta(days=9))
    new = QuestionFactory(published=True, published_at=timezone.now())
    QuestionFactory(status=Question.Status.REJECTED)
    first_waiting = QuestionFactory(created_at=timezone.now() - datetime.timedelta(days=3))
    second_waiting = QuestionFactory()
    assert list(Question.objects.published()) == [new, old]
    assert list(Question.objects.waiting()) == [first_waiting, second_waiting]


def test_asker_is_shown_by_first_name_and_initial_or_initials_when_anonymous():
    question = QuestionFactory(name="Alice Hart-Davis")
    assert question.asker_display == "Alice H-D."
    question.anonymous = True
    assert question.asker_display == "A. H-D."


def test_slug_and_title_come_from_the_question():
    question = QuestionFactory(question="Is   <b>Botox</b> safe? " + "word " * 40)
    assert question.slug == "is-bbotoxb-safe-word-word-word-word-word-word-word"
    assert len(question.title) <= 90 and "  " not in question.title
    assert QuestionFactory(question="???!!!").slug == "question"


def test_answer_text_keeps_paragraphs_apart():
    question = QuestionFactory(answer="<p>One.</p><p>Two <b>bold</b>.</p>")
    assert question.answer_text == "One. Two bold ."


def test_publish_sets_the_date_once():
    question = QuestionFactory()
    question.publish()
    first = question.published_at
    question.publish()
    assert question.status == Question.Status.PUBLISHED and question.published_at == first


def test_search_index_holds_neither_name_nor_email():
    QuestionFactory(
        published=True, name="Zebedee Quartz", email="zebedee@example.com", question="Fillers?"
    )
    assert list(Question.objects.published().matching("Zebedee")) == []
    assert list(Question.objects.published().matching("zebedee@example.com")) == []
    assert len(Question.objects.published().matching("Fillers")) == 1


def test_matching_finds_any_word_and_only_published():
    lips = QuestionFactory(published=True, question="Lip filler lumps after three weeks?")
    QuestionFactory(question="Lip filler for a wedding?")  # not published
    results = list(Question.objects.published().matching("filler nonsenseword"))
    assert results == [lips]


def test_title_is_cut_after_a_whole_word():
    question = Question(question="Is it too early " + "to start anti-wrinkle injections " * 5)
    assert question.title.endswith("…") and len(question.title) <= 90
    assert question.question.startswith(question.title[:-1])
    assert question.title[:-1].split()[-1] in question.question.split()


def test_an_editor_short_title_heads_the_question_in_lists():
    question = Question(question="A long, rambling question " * 5, short_title="When to start?")
    assert question.title == str(question) == "When to start?"
