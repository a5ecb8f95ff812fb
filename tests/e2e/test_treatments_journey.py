"""A visitor on a phone narrows the Tweakment Finder, reads a treatment and an article."""

import re

import pytest
from playwright.sync_api import Page, expect

from articles.models import ArticlePageTreatment
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.treatments.factories import (
    AreaFactory,
    ConcernFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)
from treatments.models import Downtime

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def finder_content(live_site):
    finder = TreatmentIndexPageFactory(parent=live_site)
    pigmentation = ConcernFactory(name="Pigmentation", slug="pigmentation")
    lines = ConcernFactory(name="Lines and wrinkles", slug="lines-and-wrinkles")
    face = AreaFactory(name="Face", slug="face")
    treatments = {
        "peel": TreatmentPageFactory(
            parent=finder,
            title="Chemical peels",
            slug="chemical-peels",
            price_from=90,
            price_to=400,
            downtime=Downtime.FEW_DAYS,
            concerns=[pigmentation],
            areas=[face],
            regulatory_status="cosmetic_product",
        ),
        "ipl": TreatmentPageFactory(
            parent=finder,
            title="IPL photofacial",
            slug="ipl-photofacial",
            price_from=300,
            price_to=450,
            concerns=[pigmentation],
            areas=[face],
        ),
        "botox": TreatmentPageFactory(
            parent=finder,
            title="Anti-wrinkle injections",
            slug="anti-wrinkle-injections",
            price_from=180,
            price_to=350,
            concerns=[lines],
            areas=[face],
            regulatory_status="prescription_only",
        ),
        "needling": TreatmentPageFactory(
            parent=finder,
            title="Microneedling",
            slug="microneedling",
            price_from=150,
            price_to=300,
            concerns=[lines],
            areas=[face],
        ),
    }
    news = ArticleIndexPageFactory(parent=live_site)
    article = ArticlePageFactory(parent=news, title="Chemical peels demystified", slug="peels")
    ArticlePageTreatment.objects.create(page=article, treatment=treatments["peel"])
    return finder


def assert_no_horizontal_scroll(page: Page):
    widths = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
    )
    assert widths["scroll"] <= widths["inner"], f"horizontal scroll at {page.url}: {widths}"


def assert_in_viewport(page: Page, locator):
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    assert box["y"] >= 0 and box["y"] + box["height"] <= height, box


def test_visitor_finds_a_treatment_for_pigmentation_on_a_phone(
    page: Page, live_server, finder_content, monkeypatch
):
    monkeypatch.setattr("treatments.finder.RESULTS_PER_PAGE", 3)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/tweakments/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweakment Finder")
    cards = page.locator("#finder-results .card-treatment")
    expect(cards).to_have_count(3)
    assert_no_horizontal_scroll(page)
    # The filters fold behind a button, so the first results show on the first screen.
    expect(page.get_by_label("Pigmentation")).to_be_hidden()
    assert cards.first.bounding_box()["y"] < PHONE["height"]

    # Once something is ticked the compare bar stays on screen, far above its place
    # under the cards; the ticks travel to the next page of results and back.
    bar = page.locator("#compare-bar")
    status = page.locator("#compare-status")
    page.get_by_label("Compare Chemical peels").check()
    page.get_by_label("Compare IPL photofacial").check()
    cards.first.scroll_into_view_if_needed()
    assert_in_viewport(page, bar)
    expect(status).to_contain_text("2 of 3 ticked")
    page.get_by_role("link", name="Next").click()
    expect(cards).to_have_count(1)
    page.get_by_label("Compare Microneedling").check()
    expect(status).to_contain_text("3 of 3 ticked")
    for title in ("Chemical peels", "IPL photofacial", "Microneedling"):
        expect(status).to_contain_text(title)
    page.get_by_role("link", name="Previous").click()
    expect(page.get_by_label("Compare Chemical peels")).to_be_checked()
    expect(page.get_by_label("Compare IPL photofacial")).to_be_checked()
    # Comparing stops at three, and the bar says why.
    expect(page.get_by_label("Compare Anti-wrinkle injections")).to_be_disabled()
    expect(status).to_contain_text("the most that fit side by side")
    cards.first.scroll_into_view_if_needed()
    assert_in_viewport(page, bar)
    page.get_by_role("button", name="Compare ticked").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Compare tweakments")
    compared = page.locator("thead th").all_text_contents()
    assert sorted(compared) == ["Chemical peels", "IPL photofacial", "Microneedling"]
    page.get_by_role("link", name="Back to the Tweakment Finder").click()
    expect(page.get_by_label("Compare IPL photofacial")).to_be_checked()
    page.get_by_label("Compare IPL photofacial").uncheck()
    expect(page.get_by_label("Compare Anti-wrinkle injections")).to_be_enabled()
    expect(status).to_contain_text("2 of 3 ticked")
    # Back by a link without ticks (the menu's), the tab's ticks come back too.
    page.goto(live_server.url + "/tweakments/")
    expect(page).to_have_url(re.compile(r"t=chemical-peels"))
    expect(page.get_by_label("Compare Chemical peels")).to_be_checked()
    expect(status).to_contain_text("2 of 3 ticked")

    # Live filtering: ticking swaps the results in place, without a reload.
    page.evaluate("window.notReloaded = true")
    expect(page.get_by_role("link", name="Clear filters")).to_have_count(0)
    page.locator(".finder__toggle").click()
    page.get_by_label("Pigmentation").check()
    expect(cards).to_have_count(2)
    expect(page.locator("#finder-status")).to_have_text("2 treatments match your choices")
    page.get_by_label("Up to £250").check()
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text("Chemical peels")
    expect(page.get_by_label("Compare Chemical peels")).to_be_checked()  # kept by filtering
    expect(status).to_contain_text("2 of 3 ticked")  # Microneedling, filtered out, too
    assert page.evaluate("window.notReloaded") is True
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()
    expect(page.locator(".finder__toggle")).to_contain_text("Pigmentation, Up to £250")
    # The address is shareable.
    assert "concern=pigmentation" in page.url and "budget=250" in page.url
    assert "t=chemical-peels" in page.url and "t=microneedling" in page.url
    # Counts follow the other filters: only the peel is within £250 for pigmentation.
    expect(page.locator("label[for='id_concern_1'] .finder__count")).to_have_text("1")

    cards.first.get_by_role("link", name="Chemical peels").click()
    expect(page).to_have_url(live_server.url + "/tweakments/chemical-peels/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chemical peels")
    summary = page.get_by_role("region", name="At a glance")
    expect(summary).to_contain_text("£90–£400 a session")
    expect(summary).to_contain_text("Pigmentation")
    # The UK status is in the rules box the summary links to.
    expect(page.get_by_role("region", name="Rules where you live")).to_contain_text(
        "Cosmetic product or procedure"
    )
    assert_no_horizontal_scroll(page)

    page.get_by_role("link", name="Chemical peels demystified").click()
    expect(page).to_have_url(live_server.url + "/news/peels/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chemical peels demystified")
    expect(page.locator(".article-treatments")).to_contain_text("Chemical peels")


def test_finder_works_without_javascript(browser, live_server, finder_content):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/tweakments/")
    page.locator(".finder__toggle").click()  # a <details> button: no JavaScript needed
    page.get_by_label("Pigmentation").check()
    page.get_by_role("button", name="Show treatments").click()
    expect(page).to_have_url(
        live_server.url + "/tweakments/?q=&concern=pigmentation&budget=&downtime="
    )
    expect(page.locator("#finder-results .card-treatment")).to_have_count(2)
    page.get_by_label("Compare Chemical peels").check()
    page.get_by_label("Compare IPL photofacial").check()
    # Without a script the bar still sticks once something is ticked (CSS alone).
    expect(page.locator("#compare-bar")).to_have_css("position", "sticky")
    # Filtering keeps the ticks, even of a treatment the filter hides.
    page.locator(".finder__toggle").click()
    page.get_by_label("Up to £250").check()
    page.get_by_role("button", name="Show treatments").click()
    expect(page.locator("#finder-results .card-treatment")).to_have_count(1)
    expect(page.get_by_label("Compare Chemical peels")).to_be_checked()
    expect(page.locator("#compare-status")).to_contain_text(
        "2 of 3 ticked: Chemical peels, IPL photofacial"
    )
    page.get_by_role("button", name="Compare ticked").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Compare tweakments")
    expect(page.locator("thead th")).to_have_text(["Chemical peels", "IPL photofacial"])

    # Three side by side are readable on a phone: every answer fits the screen, labelled.
    page.goto(
        live_server.url + "/tweakments/compare/?t=chemical-peels&t=ipl-photofacial"
        "&t=anti-wrinkle-injections"
    )
    assert_no_horizontal_scroll(page)
    cells = page.locator("tbody td")
    expect(cells).to_have_count(8 * 3)
    for index in range(cells.count()):
        box = cells.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    expect(page.locator("tbody tr").first.locator("td").nth(2)).to_have_attribute(
        "data-label", "Anti-wrinkle injections"
    )
    context.close()
