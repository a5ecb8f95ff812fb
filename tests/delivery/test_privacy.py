"""A page made private, unpublished, deleted or moved is gone at once: from the page cache,
from the edge, and from the chatbot's index."""

import pytest
from wagtail.models import Page, PageViewRestriction

from chatbot import indexing
from chatbot.models import Passage
from tests.core.factories import StandardPageFactory


@pytest.fixture
def secret(cached, committed):
    section = committed(lambda: StandardPageFactory(parent=cached, title="Members", slug="members"))
    page = committed(
        lambda: StandardPageFactory(
            parent=section,
            title="Members' prices",
            slug="prices",
            introduction="Secret prices for members only.",
        )
    )
    for published in (section, page):
        committed(lambda published=published: published.save_revision().publish())
    return section, page


def indexed(page):
    return Passage.objects.for_source(indexing.page_key(page.pk)).exists()


def served_from_cache(client, url):
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    return response


def test_made_private_is_gone_at_once(client, secret, committed, edge):
    section, page = secret
    served_from_cache(client, "/members/prices/")
    assert indexed(page)

    committed(lambda: PageViewRestriction.objects.create(page=section, restriction_type="login"))

    response = client.get("/members/prices/")
    assert response.status_code == 302 and "/login/" in response.url
    assert b"Secret prices" not in response.content
    assert edge.purged == ["http://testserver/*"]
    assert not indexed(page) and not indexed(section)


def test_made_public_again_is_indexed_again(client, secret, committed):
    section, page = secret
    restriction = committed(
        lambda: PageViewRestriction.objects.create(page=section, restriction_type="login")
    )
    assert not indexed(page)
    committed(restriction.delete)
    assert indexed(page)
    assert client.get("/members/prices/").status_code == 200


def test_unpublished_is_gone_at_once(client, secret, committed, edge):
    _, page = secret
    served_from_cache(client, "/members/prices/")
    committed(page.unpublish)
    assert client.get("/members/prices/").status_code == 404
    assert edge.purged == ["http://testserver/*"]
    assert not indexed(page)


def test_deleted_is_gone_at_once(client, secret, committed, edge):
    _, page = secret
    served_from_cache(client, "/members/prices/")
    committed(lambda: Page.objects.get(pk=page.pk).delete())
    assert client.get("/members/prices/").status_code == 404
    assert edge.purged == ["http://testserver/*"]
    assert not indexed(page)


def test_moved_is_gone_from_its_old_address_at_once(client, secret, cached, committed, edge):
    _, page = secret
    served_from_cache(client, "/members/prices/")
    archive = committed(lambda: StandardPageFactory(parent=cached, slug="archive"))
    edge.purged.clear()
    committed(lambda: Page.objects.get(pk=page.pk).move(archive, pos="last-child"))
    assert client.get("/members/prices/").status_code == 404
    assert client.get("/archive/prices/").status_code == 200
    assert edge.purged == ["http://testserver/*"]
    (passage, *_) = Passage.objects.for_source(indexing.page_key(page.pk))
    assert passage.url == "/archive/prices/"
