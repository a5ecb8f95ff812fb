"""A postcode or town typed into site search offers the directory for that place."""

import pytest
from bs4 import BeautifulSoup

from practitioners.models import Postcode
from tests.practitioners.factories import DirectoryPageFactory, add_postcodes
from tests.questions.factories import AskAlicePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_with_directory(home_page):
    add_postcodes("SW1A 1AA")
    Postcode.objects.create(code="LS1", kind="district", latitude=53.797, longitude=-1.546)
    AskAlicePageFactory(parent=home_page)
    return DirectoryPageFactory(parent=home_page)


def search(client, terms):
    return BeautifulSoup(client.get("/search/", {"q": terms}).content, "html.parser")


@pytest.mark.parametrize(
    ("typed", "place", "query"),
    [
        ("SW1A", "SW1A", "SW1A"),
        ("sw1a 1aa", "SW1A 1AA", "SW1A%201AA"),
        ("SW1A1AA", "SW1A 1AA", "SW1A%201AA"),
        ("leeds", "Leeds", "Leeds"),
    ],
)
def test_a_place_offers_the_directory_there_and_not_a_question(
    client, site_with_directory, typed, place, query
):
    page = search(client, typed)
    offer = page.select_one(".search-place a")
    assert offer.get_text(strip=True) == f"Find practitioners near {place}"
    assert offer["href"] == f"{site_with_directory.url}?postcode={query}"
    # Alice is not asked to answer a postcode.
    prompt = page.select_one(".ask-prompt")
    assert prompt.select_one("textarea") is None
    assert not [link for link in prompt.select("a") if "question=" in link["href"]]
    # The link finds the place in the directory.
    directory = BeautifulSoup(client.get(offer["href"]).content, "html.parser")
    assert directory.select_one(".invalid-feedback, .errorlist") is None


@pytest.mark.parametrize("typed", ["botox", "ZZ9 9ZZ", "Atlantis"])
def test_words_and_unknown_places_get_no_offer(client, site_with_directory, typed):
    page = search(client, typed)
    assert page.select_one(".search-place") is None
    assert page.select_one(".ask-prompt form")  # nothing matched: ask Alice instead


def test_no_offer_without_a_directory(client, home_page):
    add_postcodes("SW1A 1AA")
    assert search(client, "SW1A").select_one(".search-place") is None
