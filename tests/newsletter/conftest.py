import pytest
from django.core import signing
from taggit.models import Tag

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.newsletter.factories import NewsletterArchivePageFactory, NewsletterIssuePageFactory


@pytest.fixture
def topics(home_page):
    """Two topics used by live articles, and one used by none (not offered)."""
    news = ArticleIndexPageFactory(parent=home_page)
    ArticlePageFactory(parent=news, topics=["Exosomes", "Skin boosters"])
    Tag.objects.create(name="Unused topic", slug="unused-topic")
    return {tag.name: tag for tag in Tag.objects.all()}


@pytest.fixture
def archive(home_page):
    return NewsletterArchivePageFactory(parent=home_page)


@pytest.fixture
def issue(archive):
    return NewsletterIssuePageFactory(parent=archive, title="Spring issue", slug="spring")


@pytest.fixture
def signed_days_ago(monkeypatch):
    """signed_days_ago(days, sign): a token as `sign()` would have made it `days` ago."""

    def sign_then(days, sign):
        real_time = signing.time.time
        monkeypatch.setattr(signing.time, "time", lambda: real_time() - days * 86400)
        token = sign()
        monkeypatch.setattr(signing.time, "time", real_time)
        return token

    return sign_then
