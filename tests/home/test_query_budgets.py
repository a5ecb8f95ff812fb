"""Every public page type within its SQL budget on the demo site, and no more as it grows.

Budgets (the performance issue): at most 10 queries a page, home and article at most 8, on
a warm request with the page cache off, i.e. what a page-cache miss costs once the shared
answers and fragments are in place (tweakments/content_version.py). A cold request (empty
cache, after any change) does more; it must not grow with the content either.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from articles.models import ArticleIndexPage, ArticlePage
from core.models import StandardPage
from newsletter.models import NewsletterArchivePage, NewsletterIssuePage
from practitioners.models import Practitioner
from questions.models import AskAlicePage, Question
from tests.articles.factories import ArticlePageFactory
from tests.conftest import ensure_root_page
from tests.practitioners.factories import add_postcodes, practitioner_at
from tests.questions.factories import QuestionFactory
from tests.treatments.factories import TreatmentPageFactory
from tests.videos.factories import VideoPageFactory
from treatments.models import TreatmentIndexPage, TreatmentPage
from videos.models import VideoHubPage, VideoPage

BUDGET = 10
BUDGETS = {"home": 8, "article": 8}


def budget(page_type):
    return BUDGETS.get(page_type, BUDGET)


def page_urls():
    article = ArticlePage.objects.live().order_by("path").first()
    topic = article.tags.order_by("slug").first()
    answer = Question.objects.published().order_by("pk").first()
    practitioner = Practitioner.objects.listed().order_by("pk").first()
    return {
        "home": "/",
        "article": article.url,
        "news index": ArticleIndexPage.objects.get().url,
        "topic": f"{ArticleIndexPage.objects.get().url}topic/{topic.slug}/",
        "treatment": TreatmentPage.objects.live().order_by("path").first().url,
        "finder": TreatmentIndexPage.objects.get().url,
        "finder, filtered": f"{TreatmentIndexPage.objects.get().url}?budget=1000&downtime=1",
        "directory (postcode)": "/find-a-practitioner/?postcode=SW1A+1AA",
        "practitioner": practitioner.get_absolute_url(),
        "Ask Alice": AskAlicePage.objects.get().url,
        "answer": AskAlicePage.objects.get().question_url(answer),
        "search": "/search/?q=lips",
        "about": StandardPage.objects.get(slug="about").url,
        "video hub": VideoHubPage.objects.get().url,
        "video": VideoPage.objects.live().order_by("path").first().url,
        "newsletter archive": NewsletterArchivePage.objects.get().url,
        "newsletter issue": NewsletterIssuePage.objects.live().order_by("path").first().url,
        "chat": "/chat/",
    }


def query_counts(client, urls):
    """{page: (cold, warm)} queries, each page asked twice from an empty cache (after a
    first request that makes the pictures' renditions, which happens once per picture)."""
    counts = {}
    for name, url in urls.items():
        first = client.get(url)
        assert first.status_code == 200, (name, url, first.status_code)
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            client.get(url)
        with CaptureQueriesContext(connection) as warm:
            client.get(url)
        counts[name] = (len(cold), len(warm))
    return counts


def grow_content():
    """More of everything each page lists or links to."""
    news = ArticleIndexPage.objects.get()
    finder = TreatmentIndexPage.objects.get()
    hub = VideoHubPage.objects.get()
    for number in range(6):
        treatment = TreatmentPageFactory(parent=finder, title=f"Grown treatment {number}")
        ArticlePageFactory(parent=news, topics=["Lips", f"Grown {number}"])
        VideoPageFactory(parent=hub)
        QuestionFactory(published=True, short_title=f"Grown lips question {number}")
        practitioner_at("SW1A 1AA", name=f"Dr Grown {number}", treatments=[treatment])


@pytest.mark.django_db
def test_every_page_type_is_within_its_budget_and_does_not_grow(client):
    ensure_root_page()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    add_postcodes("SW1A 1AA")
    assert Page.objects.live().count() > 50

    urls = page_urls()
    before = query_counts(client, urls)
    over = {name: warm for name, (_cold, warm) in before.items() if warm > budget(name)}
    assert not over, f"over budget: {over} (cold, warm: {before})"

    grow_content()
    after = query_counts(client, urls)
    grew = {
        name: (before[name], after[name])
        for name in urls
        if any(more > fewer for more, fewer in zip(after[name], before[name], strict=True))
    }
    assert not grew, f"more queries with more content (cold, warm): {grew}"
