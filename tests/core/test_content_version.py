"""What a process remembers, and the fragments it renders, last until the content changes."""

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.test import RequestFactory

from core.models import SiteSettings
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory, ExpertFactory
from tweakments import content_version

pytestmark = pytest.mark.django_db


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return f"answer {self.calls}"


@pytest.fixture
def in_request():
    """As ContentVersionMiddleware does for a request."""
    content_version._request.token = content_version._shared_token()
    yield
    content_version._request.token = None


def test_an_answer_is_worked_out_once_until_the_content_changes(in_request):
    compute = Counter()
    assert content_version.remember("thing", compute) == "answer 1"
    assert content_version.remember("thing", compute) == "answer 1"
    content_version.renew()
    assert content_version.remember("thing", compute) == "answer 2"
    assert compute.calls == 2


def test_in_a_request_the_answer_comes_from_memory_without_the_shared_cache(
    in_request, monkeypatch
):
    compute = Counter()
    content_version.remember("thing", compute)
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: pytest.fail("asked the cache"))
    assert content_version.remember("thing", compute) == "answer 1"


def test_another_process_renewing_the_token_drops_this_processs_memory():
    compute = Counter()
    content_version._request.token = content_version._shared_token()
    content_version.remember("thing", compute)
    # Another process saved something: only the shared token changed.
    cache.set(content_version.VERSION_KEY, "renewed-elsewhere")
    content_version._request.token = content_version._shared_token()  # the next request
    try:
        assert content_version.remember("thing", compute) == "answer 2"
    finally:
        content_version._request.token = None


def test_outside_a_request_answers_come_from_the_shared_cache_only():
    compute = Counter()
    content_version.remember("thing", compute)
    cache.clear()  # a fresh token: nothing this process remembers may be used
    assert content_version.remember("thing", compute) == "answer 2"


def render_fragment(request, text):
    template = Template('{% load site_tags %}{% fragment "sample" %}{{ text }}{% endfragment %}')
    return template.render(Context({"request": request, "text": text}))


def test_a_fragment_is_rendered_once_per_url_until_the_content_changes():
    factory = RequestFactory()
    assert render_fragment(factory.get("/a/"), "first") == "first"
    assert render_fragment(factory.get("/a/"), "second") == "first"
    assert render_fragment(factory.get("/a/", {"page": "2"}), "other page") == "other page"
    assert render_fragment(factory.get("/b/"), "other path") == "other path"
    content_version.renew()
    assert render_fragment(factory.get("/a/"), "third") == "third"


def test_a_post_or_preview_renders_afresh():
    factory = RequestFactory()
    render_fragment(factory.get("/a/"), "kept")
    assert render_fragment(factory.post("/a/"), "a form with its errors") == (
        "a form with its errors"
    )
    preview = factory.get("/a/")
    preview.is_preview = True
    assert render_fragment(preview, "unsaved draft") == "unsaved draft"


def test_a_page_shows_a_change_to_what_it_lists_at_once(client, home_page):
    news = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(parent=news, title="Lasers, explained")
    assert "Lasers, explained" in client.get(news.url).content.decode()
    article.title = "Lasers, re-explained"
    article.save_revision().publish()
    assert "Lasers, re-explained" in client.get(news.url).content.decode()
    assert "Lasers, re-explained" in client.get(article.url).content.decode()


def test_a_snippet_change_shows_on_the_pages_that_quote_it(client, home_page):
    news = ArticleIndexPageFactory(parent=home_page)
    expert = ExpertFactory(name="Dr Ana Lopez")
    article = ArticlePageFactory(parent=news, author=expert)
    assert "Dr Ana Lopez" in client.get(article.url).content.decode()
    expert.name = "Dr Ana López-Smith"
    expert.save()
    assert "Dr Ana López-Smith" in client.get(article.url).content.decode()


def test_a_settings_change_shows_on_every_page(client, home_page):
    assert "The Tweakments Guide" in client.get("/").content.decode()
    settings = SiteSettings.load()
    settings.site_name = "Tweakments Weekly"
    settings.save()
    assert "Tweakments Weekly" in client.get("/").content.decode()
