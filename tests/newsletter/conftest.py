import pytest
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
