import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks import default_task_backend

from chatbot import embeddings, indexing
from chatbot.models import Passage
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
