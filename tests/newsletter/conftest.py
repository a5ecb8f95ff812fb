import pytest
from taggit.models import Tag

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory


@pytest.fixture
def topics(home_page):
    """Two topics used by live articles, and one used by none (not offered)."""
    news = ArticleIndexPageFactory(parent=home_page)
    ArticlePageFactory(parent=news, topics=["Exosomes", "Skin boosters"])
    Tag.objects.create(name="Unused topic", slug="unused-topic")
    return {tag.name: tag for tag in Tag.objects.all()}
