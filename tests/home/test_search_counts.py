"""One count for everything site search shows; the no-hits form only when nothing matched."""

import pytest
from bs4 import BeautifulSoup

from tests.practitioners.factories import PractitionerFactory
from tests.questions.factories import AskAlicePageFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def search(client, terms):
    return BeautifulSoup(client.get("/search/", {"q": terms}).content, "html.parser")


@pytest.fixture
def ask_page(home_page):
    return AskAlicePageFactory(parent=home_page)


def test_a_practitioner_only_match_is_counted_and_no_no_hits_form(client, ask_page):
    PractitionerFactory(name="Dr Leila Haddad")
    page = search(client, "Haddad")
    assert page.select_one(".search-count").get_text() == "1 result"
    assert [a.get_text() for a in page.select(".search-practitioners h3 a")] == ["Dr Leila Haddad"]
    assert page.select_one(".ask-prompt textarea") is None  # not pre-filled with "Haddad"


def test_answers_are_counted_with_everything_else(client, ask_page):
    QuestionFactory(published=True, question="Does botox hurt?")
    QuestionFactory(published=True, question="How long does botox last?")
    page = search(client, "botox")
    shown = len(page.select(".search-result"))
    assert shown == 2
    assert page.select_one(".search-count").get_text() == f"{shown} results"


def test_nothing_matched_offers_the_question_form(client, ask_page):
    page = search(client, "zzqx")
    assert page.select_one(".search-count").get_text() == "0 results"
    assert page.select_one(".ask-prompt form")
