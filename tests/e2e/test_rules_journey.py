"""A reader on a phone picks a treatment, switches to their nation (and is remembered),
finds it again from a postcode, reads the aftercare cards, and finds where to complain
about a practitioner."""

import datetime

import pytest
from playwright.sync_api import Page, expect

from tests.practitioners.factories import DirectoryPageFactory, add_postcodes, practitioner_at
from tests.rules.factories import (
    ComplaintRouteFactory,
    ComplaintsGuidePageFactory,
    RuleEntryPageFactory,
    RulesTrackerPageFactory,
    toxin_aftercare,
    toxin_rules,
)
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def rules_content(live_site):
    add_postcodes()
    finder = TreatmentIndexPageFactory(parent=live_site)
    botox = TreatmentPageFactory(
        parent=finder,
        title="Anti-wrinkle injections",
        slug="anti-wrinkle-injections",
        regulatory_status="prescription_only",
        nation_rules=toxin_rules(),
        aftercare=toxin_aftercare(),
        rules_checked_on=datetime.date(2026, 12, 7),
    )
    TreatmentPageFactory(parent=finder, title="Chemical peels", slug="chemical-peels")
    tracker = RulesTrackerPageFactory(parent=live_site)
    RuleEntryPageFactory(
        parent=tracker,
        title="Scotland's Non-surgical Procedures Act",
        slug="scotland-act",
        england=False,
        scotland=True,
        stage="passed",
        passed_on=datetime.date(2026, 5, 12),
        treatments=[botox],
    )
    ComplaintsGuidePageFactory(parent=live_site)
    ComplaintRouteFactory(kind=1, name="The practitioner or clinic", url="")
    ComplaintRouteFactory(kind=2, name="General Medical Council (GMC)", register="GMC")
    ComplaintRouteFactory(kind=2, name="Nursing and Midwifery Council (NMC)", register="NMC")
    ComplaintRouteFactory(kind=6, name="Healthcare Improvement Scotland", nation="scotland")
    ComplaintRouteFactory(kind=6, name="Care Quality Commission (CQC)", nation="england")
    DirectoryPageFactory(parent=live_site)
    practitioner_at("EH2 4AD", name="Dr Fiona MacLeod", treatments=[botox])
    return botox


def assert_no_horizontal_scroll(page: Page):
    widths = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
    )
    assert widths["scroll"] <= widths["inner"], f"horizontal scroll at {page.url}: {widths}"


def test_reader_finds_the_rules_aftercare_and_where_to_complain(
    page: Page, live_server, rules_content
):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/tweakments/")
    page.get_by_role("link", name="Anti-wrinkle injections").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Anti-wrinkle injections")
    assert_no_horizontal_scroll(page)

    # The age law near the top, then the rules box: England first.
    expect(page.locator(".age-notice")).to_contain_text("England")
    box = page.locator("#rules")
    expect(box.locator("#rules-england")).to_be_visible()
    expect(box.locator("#rules-scotland")).to_be_hidden()

    # Switch to Scotland: no reload, the address says so, and the choice is remembered.
    box.get_by_role("link", name="Scotland").click()
    expect(box.locator("#rules-scotland")).to_be_visible()
    expect(box.locator("#rules-england")).to_be_hidden()
    expect(box.locator("#rules-scotland")).to_contain_text("Scotland's Non-surgical Procedures Act")
    assert "nation=scotland" in page.url
    page.goto(live_server.url + "/tweakments/anti-wrinkle-injections/")
    expect(page.locator("#rules-scotland")).to_be_visible()
    expect(page.locator(".nation-switch [aria-current]")).to_have_text("Scotland")

    # Or from a postcode: a Cardiff postcode shows Wales.
    page.get_by_label("Or find your nation from your postcode").fill("CF10 1EP")
    page.get_by_role("button", name="Show my rules").click()
    expect(page.locator("#rules-wales")).to_be_visible()
    assert "nation=wales" in page.url

    # The aftercare cards, with the 999 signs and a print button.
    aftercare = page.locator("#aftercare")
    aftercare.scroll_into_view_if_needed()
    expect(aftercare.get_by_role("heading", name="Day 0: the day of treatment")).to_be_visible()
    emergency = aftercare.locator("#aftercare-day-0-999")
    expect(emergency).to_contain_text("Call 999 or go to A&E now")
    expect(emergency).to_contain_text("Throat swelling.")
    expect(aftercare.get_by_role("button", name="Print aftercare")).to_be_visible()
    assert_no_horizontal_scroll(page)

    # A practitioner in Edinburgh: the directory says Scotland has its own rules, and the
    # profile shows where to complain about this doctor.
    page.goto(live_server.url + "/find-a-practitioner/")
    page.get_by_label("Postcode or town").fill("EH2 4AD")
    page.get_by_role("button", name="Find practitioners").click()
    expect(page.locator(".directory-rules")).to_contain_text("Rules in Scotland")
    page.get_by_role("link", name="Dr Fiona MacLeod").click()
    report = page.locator("#report-a-problem")
    expect(report.get_by_role("heading", level=2)).to_have_text(
        "Report a problem with this practitioner"
    )
    report.get_by_text("Where to complain or report, in order").click()
    routes = report.locator(".route__name")
    expect(routes).to_have_text(
        [
            "The practitioner or clinic",
            "General Medical Council (GMC)",
            "Healthcare Improvement Scotland",
        ]
    )
    expect(report.get_by_role("link", name="Go to General Medical Council (GMC)")).to_be_visible()
    assert_no_horizontal_scroll(page)
    report.get_by_role("link", name="Something went wrong?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Something went wrong?")
