"""Every public page type within its SQL budget on the demo site, and no more as it grows.

Budgets: at most 12 queries a page, home and article at most 10, with every cache a no-op
(Django's caches are dummies, the page cache is off), so no budget is met by a cache.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from articles.models import ArticleIndexPage, ArticlePage
from core.models import StandardPage
from newsletter.models import NewsletterArchivePage, NewsletterIssuePage
from practitioners.models import Practitioner
from questions.models import AskAlicePage, Question
from rules.models import ComplaintsGuidePage, RuleEntryPage, RulesTrackerPage
from tests.articles.factories import ArticlePageFactory
from tests.practitioners.factories import add_postcodes, practitioner_at
from tests.questions.factories import QuestionFactory
from tests.rules.factories import ComplaintRouteFactory, RuleEntryPageFactory
from tests.treatments.factories import TreatmentPageFactory
from tests.videos.factories import VideoPageFactory
from treatments.models import TreatmentIndexPage, TreatmentPage
from videos.models import VideoHubPage, VideoPage

BUDGET = 12
BUDGETS = {"home": 10, "article": 10}
NO_CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}


def budget(page_type):
    return BUDGETS.get(page_type, BUDGET)


def page_urls():
    article = ArticlePage.objects.live().order_by("path").first()
    topic = article.tags.order_by("slug").first()
    answer = Question.objects.published().order_by("pk").first()
    practitioner = Practitioner.objects.listed().order_by("pk").first()
    tracker = RulesTrackerPage.objects.get().url
    treatment = TreatmentPage.objects.live().get(slug="anti-wrinkle-injections").url
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
        "trust report": "/about/trust/",
        "editorial policy": StandardPage.objects.get(slug="editorial-policy").url,
        "report a problem": f"/report-a-problem/?page={article.pk}",
        "treatment (Scotland, rules and aftercare)": f"{treatment}?nation=scotland",
        "directory (under 18)": "/find-a-practitioner/?postcode=SW1A+1AA&under18=on",
        "UK rules": tracker,
        "UK rules, filtered": f"{tracker}?nation=scotland&stage=passed&treatment=lip-filler",
        "UK rules feed": f"{tracker}feed/",
        "UK rules JSON": f"{tracker}json/",
        "UK rule": RuleEntryPage.objects.live().order_by("path").first().url,
        "something went wrong": ComplaintsGuidePage.objects.get().url,
    }


def query_counts(client, urls):
    """{page: queries}, after a first request that makes the pictures' renditions (once
    per picture)."""
    counts = {}
    for name, url in urls.items():
        first = client.get(url)
        assert first.status_code == 200, (name, url, first.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts[name] = len(queries)
    return counts


def grow_content():
    """More of everything each page lists or links to."""
    news = ArticleIndexPage.objects.get()
    finder = TreatmentIndexPage.objects.get()
    hub = VideoHubPage.objects.get()
    tracker = RulesTrackerPage.objects.get()
    for number in range(6):
        treatment = TreatmentPageFactory(parent=finder, title=f"Grown treatment {number}")
        ArticlePageFactory(parent=news, topics=["Lips", f"Grown {number}"])
        VideoPageFactory(parent=hub)
        QuestionFactory(published=True, short_title=f"Grown lips question {number}")
        practitioner_at("SW1A 1AA", name=f"Dr Grown {number}", treatments=[treatment])
        lips = TreatmentPage.objects.get(slug="lip-filler")
        RuleEntryPageFactory(parent=tracker, scotland=True, treatments=[treatment, lips])
        ComplaintRouteFactory(kind=2, register="GMC")


@pytest.mark.django_db
def test_every_page_type_is_within_its_budget_and_does_not_grow(client, settings, demo_site):
    add_postcodes("SW1A 1AA")
    assert Page.objects.live().count() > 50
    settings.CACHES = NO_CACHES
    settings.PAGE_CACHE_ENABLED = False

    urls = page_urls()
    before = query_counts(client, urls)
    over = {name: count for name, count in before.items() if count > budget(name)}
    assert not over, f"over budget: {over} (all: {before})"

    grow_content()
    after = query_counts(client, urls)
    grew = {name: (before[name], after[name]) for name in urls if after[name] > before[name]}
    assert not grew, f"more queries with more content: {grew}"
