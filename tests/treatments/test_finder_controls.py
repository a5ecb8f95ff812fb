"""The finder's controls: the Filter button and its summary, Clear filters, the budget
rule, and the limit on comparing."""

import pytest
from bs4 import BeautifulSoup

from treatments.finder import BUDGET_RULE

from .factories import ConcernFactory, TreatmentIndexPageFactory, TreatmentPageFactory

pytestmark = pytest.mark.django_db
URL = "/tweakments/"


@pytest.fixture
def finder(home_page):
    finder = TreatmentIndexPageFactory(parent=home_page)
    lines = ConcernFactory(name="Lines and wrinkles", slug="lines")
    TreatmentPageFactory(parent=finder, title="HIFU", slug="hifu", price_from=500, price_to=2500)
    TreatmentPageFactory(
        parent=finder,
        title="Thread lift",
        slug="thread-lift",
        price_from=600,
        price_to=1500,
        concerns=[lines],
    )
    return finder


def page_of(client, **query):
    response = client.get(URL, query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(page):
    return [tag.get_text() for tag in page.select("#finder-results .card-article__title")]


def test_budget_counts_a_treatment_whose_lowest_price_fits_and_says_so(client, finder):
    page = page_of(client, budget="500")
    assert titles(page) == ["HIFU"]  # £500–£2,500: from £500, so within £500
    budget = page.find("legend", string="Budget per session").parent
    assert BUDGET_RULE in budget.get_text()
    assert budget["aria-describedby"] == budget.select_one(".finder__help")["id"]


def test_filters_fold_behind_a_filter_button_that_summarises_them(client, finder):
    unfiltered = page_of(client)
    toggle = unfiltered.select_one("details.finder__filters > summary")
    assert toggle.get_text(" ", strip=True) == "Filter"
    assert unfiltered.select_one("details.finder__filters fieldset")

    filtered = page_of(client, concern="lines", budget="1000", q="lift")
    summary = filtered.select_one("#finder-active")
    assert summary.has_attr("data-finder-live")  # live filtering refreshes it
    assert summary.get_text(" ", strip=True) == ", active: “lift”, Lines and wrinkles, Up to £1,000"


def test_clear_filters_sits_in_a_live_region_and_shows_once_filtered(client, finder):
    clear = page_of(client).select_one("#finder-clear")
    assert clear.has_attr("data-finder-live") and clear.find("a") is None
    link = page_of(client, concern="lines").select_one("#finder-clear a")
    assert (link.get_text(), link["href"]) == ("Clear filters", URL)


def test_the_compare_bar_states_its_limit_for_the_script(client, finder):
    note = page_of(client).select_one("#compare-status")
    assert note["data-limit"] == "3" and "up to 3" in note.get_text()


def test_comparing_four_by_link_keeps_three_and_says_why(client, finder):
    for slug in ("a", "b"):
        TreatmentPageFactory(parent=finder, title=slug.upper(), slug=slug)
    response = client.get(URL + "compare/", {"t": ["hifu", "thread-lift", "a", "b"]})
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select("thead th")) == 3
    assert "up to 3" in page.select_one(".finder__notices").get_text()


def test_ticks_travel_with_filters_and_pages_as_hidden_fields(client, finder):
    """Ticked on one page, filtered out on the next: the bar still carries and names it."""
    page = page_of(client, concern="lines", t=["hifu", "thread-lift"])
    assert titles(page) == ["Thread lift"]
    assert page.select_one("#compare-thread-lift").has_attr("checked")
    assert page.select_one("#compare-thread-lift")["form"] == "finder-form"
    carried = page.select("#compare-bar input[type=hidden][name=t]")
    assert [(field["value"], field["form"]) for field in carried] == [("hifu", "finder-form")]
    assert page.select_one("#compare-status").get_text(" ", strip=True) == (
        "2 of 3 ticked: HIFU, Thread lift"
    )
    compare = page.select_one("#compare-bar button[type=submit]")
    assert (compare["form"], compare["formaction"]) == ("finder-form", URL + "compare/")
    clear = page.select_one("#finder-clear a")["href"]
    assert clear == URL + "?t=hifu&t=thread-lift"


def test_ticks_of_unknown_treatments_and_beyond_three_are_dropped(client, finder):
    page = page_of(client, t=["nope", "<b>", "hifu", "thread-lift", "x", "y"])
    assert "up to 3" in page.select_one(".finder__notices").get_text()
    assert page.select_one("#compare-hifu").has_attr("checked")
    assert not page.select_one("#compare-thread-lift").has_attr("checked")  # the fourth
    assert not page.select("#compare-bar input[type=hidden]")
    assert page.select_one("#compare-status").get_text(" ", strip=True).startswith("1 of 3")


def test_compare_page_links_back_to_the_finder_with_its_query(client, finder):
    response = client.get(URL + "compare/", {"concern": "lines", "t": ["hifu"]})
    page = BeautifulSoup(response.content, "html.parser")
    back = page.find("a", string=lambda text: text and "Back to the Tweakment Finder" in text)
    assert back["href"] == URL + "?concern=lines&t=hifu"
