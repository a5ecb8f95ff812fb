import json
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

from rules.export import FIELDS
from tests.rules.conftest import soup
from tweakments.delivery.rule import SHOWN_ON_PAGES

pytestmark = pytest.mark.django_db

TRACKER = "/uk-rules/"
ATOM = "{http://www.w3.org/2005/Atom}"
# Junk a reader (or a bot) may put in any parameter.
JUNK = [
    "",
    "nonsense",
    "-1",
    "9" * 400,
    "x" * 5000,
    "'; DROP TABLE rules_ruleentrypage;--",
    "<script>alert(1)</script>",
    "%00",
    "scotland\nengland",
]


def timeline_titles(response):
    return [a.get_text() for a in soup(response).select(".rule-timeline .rule-entry__title a")]


def test_tracker_shows_the_timeline_latest_first(client, rules_site):
    response = client.get(TRACKER)
    assert response.status_code == 200
    page = soup(response)
    assert len(page.find_all("h1")) == 1
    assert timeline_titles(response) == [
        "Scotland's Act",
        "England consultation",
        "Under-18 ban in England",
        "No ads for Botox",
    ]
    first = page.select_one(".rule-timeline__item")
    assert "Passed, not yet in force" in first.get_text()
    assert "Last checked" in first.get_text()
    assert [a.get_text() for a in first.select(".rule-entry__treatments a")] == [
        "Anti-wrinkle injections",
        "Lip filler",
    ]
    assert page.select_one("link[type='application/atom+xml']")["href"] == "/uk-rules/feed/"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"nation": "scotland"}, ["Scotland's Act", "No ads for Botox"]),
        ({"nation": "wales"}, ["No ads for Botox"]),
        ({"stage": "passed"}, ["Scotland's Act"]),
        ({"treatment": "lip-filler"}, ["Scotland's Act", "Under-18 ban in England"]),
        ({"nation": "england", "treatment": "lip-filler"}, ["Under-18 ban in England"]),
        ({"nation": "england", "stage": "in-force", "treatment": "botox"}, None),
    ],
)
def test_tracker_filters(client, rules_site, query, expected):
    response = client.get(TRACKER, query)
    assert response.status_code == 200
    if expected is None:
        expected = ["Under-18 ban in England", "No ads for Botox"]
    assert timeline_titles(response) == expected


def test_treatment_filter_offers_only_treatments_with_entries(client, rules_site):
    page = soup(client.get(TRACKER))
    options = [option["value"] for option in page.select("select[name=treatment] option")]
    assert options == ["", "botox", "lip-filler"]


@pytest.mark.parametrize("name", ["nation", "stage", "treatment"])
@pytest.mark.parametrize("value", JUNK)
def test_tracker_ignores_junk_filters(client, rules_site, name, value):
    response = client.get(TRACKER, {name: value})
    assert response.status_code == 200
    assert len(timeline_titles(response)) == 4
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if value:
        assert "We ignored the" in soup(response).select_one(".tracker__results").get_text()


def test_tracker_survives_repeated_and_unknown_parameters(client, rules_site):
    response = client.get(f"{TRACKER}?nation=wales&nation=scotland&page=-3&utm_source=x&zzz=1")
    assert response.status_code == 200
    assert timeline_titles(response) == ["Scotland's Act", "No ads for Botox"]


def test_entry_page_shows_what_it_means_dates_treatments_and_sources(client, rules_site):
    response = client.get("/uk-rules/scotland-act/")
    assert response.status_code == 200
    page = soup(response)
    assert page.find("h1").get_text() == "Scotland's Act"
    facts = page.select_one(".rule-facts").get_text(" ")
    assert "Scotland" in facts and "12 May 2026" in facts and "Passed, not yet in force" in facts
    assert [a.get_text() for a in page.select(".rule-facts a")] == [
        "Anti-wrinkle injections",
        "Lip filler",
    ]
    source = page.select_one(".rule-sources a")
    assert source["href"] == "https://www.gov.uk/example" and source["rel"] == ["noopener"]
    assert "Last checked at its sources" in page.get_text()


def test_draft_entries_are_not_shown(client, rules_site):
    rules_site["entries"]["scotland"].unpublish()
    assert client.get("/uk-rules/scotland-act/").status_code == 404
    assert "Scotland's Act" not in timeline_titles(client.get(TRACKER))


def test_feed_is_atom_with_every_entry(client, rules_site):
    response = client.get(f"{TRACKER}feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 4
    titles = {entry.find(f"{ATOM}title").text for entry in entries}
    assert "Scotland's Act (Passed, not yet in force, Scotland)" in titles
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link.startswith(settings.SITE_URL) or link.startswith("http://testserver")
    assert all(entry.find(f"{ATOM}updated") is not None for entry in entries)


def test_json_export_lists_entries_with_documented_fields_and_a_licence(client, rules_site):
    response = client.get(f"{TRACKER}json/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["licence"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "attribution" in data["licence"]
    assert data["fields"] == FIELDS
    assert len(data["entries"]) == 4
    for entry in data["entries"]:
        assert set(entry) == set(FIELDS)
    filtered = json.loads(client.get(f"{TRACKER}json/", {"nation": "wales"}).content)
    assert [entry["title"] for entry in filtered["entries"]] == ["No ads for Botox"]


@pytest.mark.parametrize("value", JUNK)
def test_json_export_ignores_junk_filters(client, rules_site, value):
    response = client.get(f"{TRACKER}json/", {"nation": value, "stage": value, "treatment": value})
    assert response.status_code == 200
    assert len(json.loads(response.content)["entries"]) == 4


def test_tracker_links_its_feed_and_json_with_the_filters_in_use(client, rules_site):
    page = soup(client.get(TRACKER, {"nation": "scotland"}))
    links = [a["href"] for a in page.select(".tracker__data a")]
    assert "/uk-rules/feed/" in links and "/uk-rules/json/?nation=scotland" in links
    assert page.select_one(".tracker__fields dt code").get_text() == "id"


def test_guide_lists_routes_in_order_with_last_checked_dates(client, rules_site):
    response = client.get("/something-went-wrong/")
    assert response.status_code == 200
    page = soup(response)
    steps = [h.get_text() for h in page.select(".route-step__heading")]
    assert steps == [
        "Talk to the practitioner",
        "Their professional regulator",
        "A register they belong to",
        "Report the product or side effect",
        "The body that registers the clinic",
        "NHS care for urgent harm",
    ]
    routes = page.select(".route")
    assert len(routes) == 8
    assert all("Last checked" in route.get_text() for route in routes)
    assert page.select_one(".urgent-box") is not None
    # No form on the page: nothing is sent from here.
    assert page.select("main form") == []
    practitioner = page.select_one(".route")
    assert practitioner.select("a") == []  # a route without a link of its own


def test_postcode_sends_the_reader_back_with_their_nation(client, rules_site):
    response = client.get(
        "/uk-rules/your-nation/", {"postcode": "eh2 4ad", "next": "/tweakments/botox/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/tweakments/botox/?nation=scotland#rules"
    response = client.get("/uk-rules/your-nation/", {"postcode": "BT1 1AA", "next": "/x/?a=1"})
    assert response["Location"] == "/x/?nation=northern-ireland#rules"
    response = client.get("/uk-rules/your-nation/", {"postcode": "Cardiff"})
    assert response["Location"] == "/?nation=wales#rules"


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/path",
        "/\\evil.example",
        "javascript:alert(1)",
        "x" * 5000,
        "\r\nSet-Cookie: a=b",
    ],
)
def test_postcode_lookup_never_sends_readers_elsewhere(client, rules_site, next_url):
    response = client.get("/uk-rules/your-nation/", {"postcode": "EH2 4AD", "next": next_url})
    assert response.status_code in (200, 302)
    location = response.get("Location", "")
    assert "evil" not in location and "javascript" not in location and "\n" not in location
    assert not response.cookies


@pytest.mark.parametrize("postcode", [*JUNK, "ZZ9 9ZZ"])
def test_unknown_postcode_shows_the_form_again(client, rules_site, postcode):
    response = client.get(
        "/uk-rules/your-nation/", {"postcode": postcode, "next": "/tweakments/botox/"}
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("input[name=postcode]") is not None
    links = [a["href"] for a in page.select(".nation-links a")]
    assert links[0] == "/tweakments/botox/?nation=england#rules"
    assert "<script>alert(1)</script>" not in response.content.decode()


def rules_box(response):
    return soup(response).select_one("#rules")


def shown_nation(response):
    panels = rules_box(response).select("[data-nation-rules]")
    shown = [panel["data-nation-rules"] for panel in panels if not panel.has_attr("hidden")]
    assert len(panels) == 4 and len(shown) == 1
    return shown[0]


def test_treatment_rules_box_shows_england_by_default_and_every_nation_on_request(
    client, rules_site
):
    response = client.get("/tweakments/botox/")
    assert response.status_code == 200
    box = rules_box(response)
    assert shown_nation(response) == "england"
    assert "Prescription-only medicine" in box.get_text()
    current = box.select_one(".nation-switch [aria-current]")
    assert current["href"] == "?nation=england#rules"
    england = box.select_one("#rules-england").get_text(" ")
    assert "18+ (E)." in england and "A prescriber must assess you." in england
    assert "Under-18 ban in England" in england and "Scotland's Act" not in england
    scotland = box.select_one("#rules-scotland").get_text(" ")
    assert "HIS." in scotland and "Scotland's Act" in scotland
    assert "Under-18 ban in England" not in scotland
    assert "Last checked 7 December 2026" in box.get_text()
    form = box.select_one("form.nation-lookup")
    assert form["action"] == "/uk-rules/your-nation/" and form["method"] == "get"
    assert form.select_one("input[name=next]")["value"] == "/tweakments/botox/"
    assert box.select_one(".rules-box__guide a")["href"] == "/something-went-wrong/"
    # No cookie: the nation lives in the address (and localStorage).
    assert not response.cookies
    assert shown_nation(client.get("/tweakments/botox/", {"nation": "scotland"})) == "scotland"


@pytest.mark.parametrize("value", JUNK)
def test_treatment_page_ignores_a_junk_nation(client, rules_site, value):
    response = client.get("/tweakments/botox/", {"nation": value})
    assert response.status_code == 200
    assert shown_nation(response) == "england"


def test_nation_is_a_cacheable_parameter_and_routes_renew_pages():
    assert {"nation", "stage", "under18"} <= settings.PAGE_CACHE_QUERY_PARAMETERS
    assert "postcode" not in settings.PAGE_CACHE_QUERY_PARAMETERS
    assert "rules.ComplaintRoute" in SHOWN_ON_PAGES


def test_age_law_is_near_the_top_of_toxin_pages_only(client, rules_site):
    page = soup(client.get("/tweakments/botox/"))
    notice = page.select_one(".treatment__header .age-notice")
    assert notice is not None
    assert [li.get_text(" ", strip=True) for li in notice.select("li")] == [
        "England: 18+ (E).",
        "Scotland: 18+ (S).",
    ]
    assert soup(client.get("/tweakments/peel/")).select_one(".age-notice") is None


def test_summary_box_points_to_the_rules_box_instead_of_its_own_status(client, rules_site):
    page = soup(client.get("/tweakments/botox/"))
    box = page.select_one(".summary-box")
    assert box.select_one("a[href='#rules']") is not None
    assert "Prescription-only medicine" not in box.get_text()


def test_aftercare_cards_in_time_order_with_levels_and_a_print_button(client, rules_site):
    page = soup(client.get("/tweakments/botox/"))
    aftercare = page.select_one("#aftercare")
    stages = [h.get_text() for h in aftercare.select(".aftercare__when")]
    assert stages == ["Day 0: the day of treatment", "Later"]
    card = aftercare.select_one("#aftercare-day-0-999")
    assert "Immediate action required" in card.get_text()
    assert "Call 999 or go to A&E now" in card.get_text()
    assert "Throat swelling." in card.get_text()
    assert aftercare.select_one("[data-print-aftercare]").has_attr("hidden")
    assert soup(client.get("/tweakments/peel/")).select_one("#aftercare") is None


def test_treatment_without_rules_or_tracker_still_has_a_box(client, rules_site):
    rules_site["tracker"].delete()
    response = client.get("/tweakments/peel/")
    assert response.status_code == 200
    box = rules_box(response)
    assert "We have not recorded any rules" in box.get_text()
    assert box.select_one("form") is None


def test_directory_search_in_scotland_says_which_rules_apply(client, rules_site):
    page = soup(client.get("/find-a-practitioner/", {"postcode": "EH2 4AD"}))
    panel = page.select_one(".directory-rules")
    assert "Rules in Scotland" in panel.get_text()
    assert "Scotland's Act" in panel.get_text() and "No ads for Botox" not in panel.get_text()
    assert panel["data-remember-nation"] == "scotland"
    assert page.select(".practitioner-card")


def test_directory_search_in_wales_and_northern_ireland(client, rules_site):
    panel = soup(client.get("/find-a-practitioner/", {"postcode": "CF10 1EP"})).select_one(
        ".directory-rules"
    )
    assert "Rules in Wales" in panel.get_text()
    assert "rules for the whole UK apply" in panel.get_text()
    panel = soup(client.get("/find-a-practitioner/", {"postcode": "BT1 1AA"})).select_one(
        ".directory-rules"
    )
    assert "Rules in Northern Ireland" in panel.get_text()


def test_directory_search_in_england_adds_nothing(client, rules_site):
    page = soup(client.get("/find-a-practitioner/", {"postcode": "SW1A 1AA"}))
    assert page.select_one(".directory-rules") is None


def test_under_18s_see_the_law_and_no_one_to_book(client, rules_site):
    response = client.get("/find-a-practitioner/", {"postcode": "SW1A 1AA", "under18": "on"})
    assert response.status_code == 200
    page = soup(response)
    panel = page.select_one(".directory-rules")
    assert "If you are under 18" in panel.get_text()
    assert "Under-18 ban in England" in panel.get_text()
    assert page.select(".practitioner-card") == []
    assert "We don't list practitioners to book for anyone under 18" in page.get_text()
    scotland = soup(client.get("/find-a-practitioner/", {"postcode": "EH2 4AD", "under18": "1"}))
    assert "Scotland's Act" in scotland.select_one(".directory-rules").get_text()
    assert scotland.select(".practitioner-card") == []


@pytest.mark.parametrize("value", ["", "false", "False"])
def test_under18_false_values_keep_the_results(client, rules_site, value):
    page = soup(client.get("/find-a-practitioner/", {"postcode": "EH2 4AD", "under18": value}))
    assert page.select(".practitioner-card")


@pytest.mark.parametrize("value", JUNK)
def test_directory_survives_junk_postcode_and_under18(client, rules_site, value):
    response = client.get("/find-a-practitioner/", {"postcode": value, "under18": value})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_profile_shows_the_routes_that_apply_to_that_practitioner(client, rules_site):
    response = client.get(rules_site["doctor"].get_absolute_url())
    assert response.status_code == 200
    box = soup(response).select_one("#report-a-problem")
    assert box.find("h2").get_text() == "Report a problem with this practitioner"
    names = [h.get_text() for h in box.select(".route__name")]
    assert names == [
        "The practitioner",
        "GMC",
        "Yellow Card",
        "Healthcare Improvement Scotland",
        "NHS 111",
    ]
    assert all("Last checked" in route.get_text() for route in box.select(".route"))
    assert box.select_one("a[href='/something-went-wrong/']") is not None
    other = soup(client.get(rules_site["aesthetician"].get_absolute_url()))
    names = [h.get_text() for h in other.select("#report-a-problem .route__name")]
    assert "GMC" not in names and "CQC" in names


def test_home_section_links_the_tracker_by_nation(client, rules_site):
    home = rules_site["tracker"].get_parent().specific
    home.sections = [{"type": "uk_rules", "value": {"heading": "UK rules", "text": "Hi"}}]
    home.save_revision().publish()
    section = soup(client.get("/")).select_one(".home-rules")
    links = [a["href"] for a in section.select("a")]
    assert "/uk-rules/?nation=northern-ireland" in links
    assert "/something-went-wrong/" in links and "/uk-rules/feed/" in links


def test_dashboard_lists_entries_and_routes_due_a_check(admin_client, rules_site):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    panel = soup(response).select_one("#rules-checks-due-section")
    assert "England consultation" in panel.get_text()
    assert "Healthcare Improvement Scotland" in panel.get_text()
    assert "No ads for Botox" not in panel.get_text()


def test_admin_lists_routes_and_entries(admin_client, rules_site):
    assert admin_client.get("/admin/snippets/rules/complaintroute/").status_code == 200
    response = admin_client.get("/admin/snippets/rules/complaintroute/", {"q": "GMC"})
    assert response.status_code == 200
    assert admin_client.get("/admin/uk_rules/").status_code == 200
    edit = admin_client.get(f"/admin/pages/{rules_site['entries']['uk'].pk}/edit/")
    assert edit.status_code == 200
