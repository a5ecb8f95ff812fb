import datetime

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks import default_task_backend

from chatbot import embeddings, indexing
from chatbot.models import Passage
from rules.models import ComplaintRoute
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.chatbot.conftest import exosome_body
from tests.questions.factories import AskAlicePageFactory, QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return ArticleIndexPageFactory(parent=home_page)


def keys():
    return set(Passage.objects.values_list("source_key", flat=True))


def test_passages_store_page_heading_anchor_text_and_vector(news):
    article = ArticlePageFactory(parent=news, slug="exo", hero_image=None)
    article.body = exosome_body(article.author)
    article.save()
    indexing.reindex_page(article.pk)
    passages = list(Passage.objects.filter(page=article))
    assert passages and all(passage.url == "/news/exo/" for passage in passages)
    legal = next(p for p in passages if p.heading.startswith("Are human-derived"))
    assert legal.link == "/news/exo/#are-human-derived-exosomes-legal-in-the-uk"
    assert len(bytes(legal.vector)) == embeddings.DIMENSIONS * 4
    assert abs(float(legal.as_vector() @ legal.as_vector()) - 1) < 1e-3


def test_publish_unpublish_and_delete_reindex_the_page(news, django_capture_on_commit_callbacks):
    article = ArticlePageFactory(parent=news, slug="exo", hero_image=None)
    key = indexing.page_key(article.pk)
    assert key not in keys()  # created without publishing: nothing ran yet
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert key in keys()
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert key not in keys()
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert key not in keys()


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_publishing_enqueues_a_task(news, django_capture_on_commit_callbacks):
    default_task_backend.clear()
    article = ArticlePageFactory(parent=news, slug="exo", hero_image=None)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    enqueued = [(result.task.name, result.args) for result in default_task_backend.results]
    assert ("reindex_page", [article.pk]) in enqueued
    assert not Passage.objects.exists()  # the dummy backend ran nothing


def test_published_answers_are_indexed_and_new_questions_are_not(
    home_page, django_capture_on_commit_callbacks
):
    AskAlicePageFactory(parent=home_page)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        waiting = QuestionFactory(question="Does a visitor's waiting question get indexed?")
    assert callbacks == [] and not Passage.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        waiting.publish()
        waiting.answer = "<p>Only once it is published.</p>"
        waiting.save()
    passage = Passage.objects.get()
    assert passage.url.startswith(f"/ask-alice/{waiting.pk}/")
    assert "Only once it is published." in passage.text
    with django_capture_on_commit_callbacks(execute=True):
        waiting.delete()
    assert not Passage.objects.exists()


def test_private_pages_are_not_indexed(news):
    from wagtail.models import PageViewRestriction

    article = ArticlePageFactory(parent=news, slug="secret", hero_image=None)
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    assert indexing.reindex_page(article.pk) == 0


def test_the_reindex_command_rebuilds_everything(news, capsys):
    ArticlePageFactory(parent=news, slug="one", hero_image=None)
    Passage.objects.create(
        source_key="page:999999", title="Gone", url="/gone/", text="x", vector=b""
    )
    call_command("chatbot_reindex")
    out, err = capsys.readouterr()
    assert "Indexed" in out and "Indexing" in err  # the summary, and tqdm's bar
    assert "page:0" not in keys()
    assert indexing.page_key(news.pk) in keys()


def test_passages_carry_the_medical_review_of_their_page_or_answer(chat_site):
    toxin = Passage.objects.filter(source_key=indexing.page_key(chat_site["toxin"].pk))
    assert {(p.last_reviewed, p.next_review_due) for p in toxin} == {
        (chat_site["toxin"].last_reviewed, chat_site["toxin"].next_review_due)
    }
    about = Passage.objects.filter(source_key=indexing.page_key(chat_site["about"].pk))
    assert about and all(p.last_reviewed is None for p in about)  # not a health page


def test_reviewed_answers_carry_their_review(home_page):
    AskAlicePageFactory(parent=home_page)
    question = QuestionFactory(
        published=True,
        answer="<p>Reviewed answer.</p>",
        last_reviewed=datetime.date(2026, 2, 1),
        next_review_due=datetime.date(2027, 2, 1),
    )
    indexing.reindex_question(question.pk)
    passage = Passage.objects.for_source(indexing.question_key(question.pk)).get()
    assert (passage.last_reviewed, passage.next_review_due) == (
        datetime.date(2026, 2, 1),
        datetime.date(2027, 2, 1),
    )


def sections_of(page):
    return {
        (p.heading, p.anchor): p.text
        for p in Passage.objects.filter(source_key=indexing.page_key(page.pk))
    }


def test_treatment_passages_include_its_rules_and_care_cards(chat_site):
    sections = sections_of(chat_site["lip_filler"])
    rules = sections["Rules where you live", "rules"]
    assert "Age limits (England): Illegal for anyone under 18" in rules
    assert "Where it may be done (Scotland): Only clinics registered" in rules
    assert "Rules last checked 7 December 2026" in rules
    day_0 = sections["After treatment: Day 0: the day of treatment", "aftercare-day-0"]
    assert day_0.startswith("What is normal: Lips are swollen")
    assert "Call 999 or go to A&E now if you have: Part of your lip" in day_0


def test_tracker_entries_and_the_complaints_guide_are_indexed_with_their_fields(chat_site):
    entry = sections_of(chat_site["scotland_entry"])
    text = entry["What it means for you", "means-heading"]
    assert text.startswith("Once its rules start, cosmetic injections in Scotland")
    assert "Where it applies: Scotland. Stage: Passed, not yet in force." in text
    assert "Passed or made: 12 May 2026" in text
    guide = sections_of(chat_site["guide"])
    assert (
        "General Medical Council (GMC). If they are on the General Medical Council"
        in (guide["Their professional regulator", "step-2"])
    )
    assert "For clinics in Scotland" in guide["The body that registers the clinic", "step-6"]


def test_a_changed_complaint_route_reindexes_the_guide(
    chat_site, django_capture_on_commit_callbacks
):
    route = ComplaintRoute.objects.get(name="MHRA Yellow Card scheme")
    route.when_to_use = "Report a fake product or a side effect here."
    with django_capture_on_commit_callbacks(execute=True):
        route.save()
    assert (
        "Report a fake product"
        in sections_of(chat_site["guide"])["Report the product or side effect", "step-4"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        route.delete()
    assert ("Report the product or side effect", "step-4") not in sections_of(chat_site["guide"])
