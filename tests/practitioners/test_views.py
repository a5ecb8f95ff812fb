import json

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from practitioners.geo import Point, miles_between
from practitioners.models import Practitioner
from tests.practitioners.factories import (
    PLACES,
    ClinicFactory,
    PractitionerFactory,
    practitioner_at,
)

pytestmark = pytest.mark.django_db
URL = "/find-a-practitioner/"
THIS_YEAR = timezone.localdate().year


def point(code):
    return Point(*PLACES[code][:2])


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def names(page):
    return [a.get_text() for a in page.select(".practitioner-card__name a")]


def json_ld(page):
    return [json.loads(tag.string) for tag in page.find_all("script", type="application/ld+json")]


@pytest.fixture
def london(directory):
    """Three practitioners at known distances from SW1A 1AA, one in Manchester."""
    return {
        "harley": practitioner_at("W1G 9PF", name="Dr Harley", practising_since=THIS_YEAR - 20),
        "smithfield": practitioner_at(
            "EC1A 1BB", name="Nurse Smithfield", practising_since=THIS_YEAR - 3
        ),
        "clapham": practitioner_at("SW4 7AA", name="Dr Clapham", practising_since=THIS_YEAR - 8),
        "manchester": practitioner_at("M2 4WU", name="Dr Manchester"),
    }


def test_directory_without_a_postcode_lists_everyone_a_to_z(client, london):
    page = soup(client.get(URL))
    assert len(page.find_all("h1")) == 1
    assert names(page) == ["Dr Clapham", "Dr Harley", "Dr Manchester", "Nurse Smithfield"]
    assert not page.select(".practitioner-card__distance")
    assert page.find("label", attrs={"for": "id_postcode"})
    miles = page.find("select", attrs={"name": "miles"})
    assert [option["value"] for option in miles.find_all("option")] == [
        "1",
        "3",
        "5",
        "10",
        "25",
        "50",
        "100",
    ]
    assert miles.find("option", selected=True).get_text() == "10 miles"
    assert page.find("output", attrs={"for": "id_miles_slider"}).get_text() == "10 miles"
    assert page.find("output", attrs={"for": "id_years"}).get_text() == "0 years"
    assert page.find("link", rel="canonical")["href"] == "http://testserver/find-a-practitioner/"
    assert [item["@type"] for item in json_ld(page)] == ["BreadcrumbList"]


def test_search_near_a_postcode_is_nearest_first_with_distances(client, london):
    page = soup(client.get(URL, {"postcode": "sw1a1aa", "miles": "5"}))
    assert names(page) == ["Dr Harley", "Nurse Smithfield", "Dr Clapham"]
    distances = [tag.get_text() for tag in page.select(".practitioner-card__distance")]
    expected = [
        miles_between(point("SW1A 1AA"), point(code)) for code in ["W1G 9PF", "EC1A 1BB", "SW4 7AA"]
    ]
    assert distances == [f"{miles:.1f} miles" for miles in expected]
    assert "within 5 miles of SW1A 1AA" in page.select_one("[role=status]").get_text()
    points = json.loads(page.find(id="directory-map-points").string)
    assert [point["name"] for point in points["points"]] == names(page)
    assert points["origin"] == {"lat": pytest.approx(51.501009), "lng": pytest.approx(-0.141588)}


def test_filters_combine(client, london, treatments):
    london["clapham"].treatments.set([treatments["lip-filler"]])
    london["harley"].treatments.set([treatments["chemical-peels"]])
    page = soup(client.get(URL, {"postcode": "SW1A", "miles": "3", "years": "5"}))
    assert names(page) == ["Dr Harley", "Dr Clapham"]
    page = soup(client.get(URL, {"postcode": "SW1A", "treatment": "lip-filler"}))
    assert names(page) == ["Dr Clapham"]
    options = page.select("select[name=treatment] option")
    assert [option["value"] for option in options if option.has_attr("selected")] == ["lip-filler"]
    assert (
        options[0].get_text() == "Any treatment"
        and "Lip filler" in page.select_one("select[name=treatment]").get_text()
    )
    assert (
        page.select_one(".practitioner-card__treatments")
        .get_text(strip=True)
        .endswith("Lip filler")
    )
    page = soup(client.get(URL, {"profession": "nurse-prescriber"}))
    assert names(page) == []
    assert page.select_one(".directory-results__empty")


def test_only_approved_practitioners_are_listed(client, london):
    practitioner_at("SW1A 1AA", name="Pending", status=Practitioner.Status.PENDING)
    assert "Pending" not in names(soup(client.get(URL, {"postcode": "SW1A 1AA"})))


@pytest.mark.parametrize(
    "postcode, message",
    [
        ("XYZ", "don't know that as a UK postcode or town"),
        ("A" * 200, "don't know that as a UK postcode or town"),
        ("SW1A 1AA'; DROP TABLE practitioners_clinic; --", "don't know that as a UK postcode"),
        ("<script>alert(1)</script>", "don't know that as a UK postcode or town"),
        ("ZZ9 9ZZ", "couldn't find ZZ9 9ZZ"),
    ],
)
def test_a_bad_postcode_is_explained_beside_the_field(client, london, postcode, message):
    response = client.get(URL, {"postcode": postcode, "miles": "3", "years": "5"})
    page = soup(response)
    assert b"<script>alert(1)" not in response.content
    field = page.find("input", attrs={"name": "postcode"})
    assert "is-invalid" in field["class"]
    error = page.select_one("#div_id_postcode .invalid-feedback")
    assert message in error.get_text()
    assert field["value"] == postcode  # what they typed is kept
    # The other filters are kept, and nobody is listed as if the place had been found.
    assert selected_miles(page) == "3"
    assert names(page) == []
    results = page.select_one("#directory-results").get_text()
    assert "check the postcode or town you entered" in results
    assert not page.select("[data-map]")


@pytest.mark.parametrize("postcode", ["SW1A1AA", "sw1a 1aa", " SW1A  1AA ", "sw1a"])
def test_postcode_spellings_are_accepted(client, london, postcode):
    page = soup(client.get(URL, {"postcode": postcode, "miles": "5"}))
    assert not page.select(".invalid-feedback")
    assert names(page)[0] == "Dr Harley"


def selected_miles(page):
    return page.select_one("select[name=miles] option[selected]")["value"]


def test_the_miles_label_is_the_submitted_distance_without_javascript(client, london):
    """No script moves a label: the <select> shows 3 miles, and so does the slider's output."""
    page = soup(client.get(URL, {"postcode": "SW1A 1AA", "miles": "3"}))
    assert page.select_one("select[name=miles] option[selected]").get_text() == "3 miles"
    assert page.find("output", attrs={"for": "id_miles_slider"}).get_text() == "3 miles"
    assert page.select_one("label[for=id_miles]").get_text() == "Within"
    # The slider, for the script to show, moves over the same seven steps.
    slider = page.select_one("#id_miles_slider")
    assert (slider.get("name"), slider["min"], slider["max"]) == (None, "0", "6")
    assert "within 3 miles of SW1A 1AA" in page.select_one("[role=status]").get_text()


@pytest.mark.parametrize(
    "miles, shown",
    [
        ("-5", "1"),
        ("0", "1"),
        ("abc", "10"),
        ("1e9", "100"),
        ("nan", "10"),
        ("2.6", "3"),
        ("7", "10"),
        ("26", "50"),
        ("100", "100"),
    ],
)
def test_junk_radius_is_clamped_to_a_step(client, london, miles, shown):
    page = soup(client.get(URL, {"postcode": "SW1A 1AA", "miles": miles}))
    assert selected_miles(page) == shown
    assert not page.select(".invalid-feedback")


@pytest.mark.parametrize("years, shown, count", [("-1", "0", 3), ("999", "40", 0), ("x", "0", 3)])
def test_junk_years_are_clamped(client, london, years, shown, count):
    page = soup(client.get(URL, {"postcode": "SW1A 1AA", "years": years}))
    assert page.find("input", attrs={"name": "years"})["value"] == shown
    assert len(names(page)) == count


@pytest.mark.parametrize("treatment", ["no-such-treatment", "' OR 1=1 --", "x" * 300])
def test_unknown_treatment_is_ignored_with_a_message(client, london, treatment):
    page = soup(client.get(URL, {"treatment": treatment}))
    assert "We don't list that treatment" in page.select_one("#div_id_treatment").get_text()
    assert len(names(page)) == 4


@pytest.mark.parametrize("number", ["99", "-1", "abc", "%00"])
def test_pages_beyond_the_end_show_the_last(client, london, number):
    for index in range(12):
        practitioner_at("SW1A 1AA", name=f"Extra {index:02d}")
    page = soup(client.get(URL, {"postcode": "SW1A 1AA", "page": number}))
    assert len(names(page)) >= 1


def test_results_are_paged_keeping_the_filters(client, london):
    for index in range(12):
        practitioner_at("SW1A 1AA", name=f"Extra {index:02d}")
    page = soup(client.get(URL, {"postcode": "SW1A 1AA", "miles": "5"}))
    assert len(names(page)) == 10
    assert page.select_one("a[rel=next]")["href"] == "?postcode=SW1A+1AA&miles=5&page=2"
    # Nearest first is not a dated list: "Next", never "Older".
    assert page.select_one("a[rel=next]").get_text().strip() == "Next →"
    second = soup(client.get(URL, {"postcode": "SW1A 1AA", "miles": "5", "page": "2"}))
    assert second.select_one("a[rel=prev]").get_text().strip() == "← Previous"


def test_directory_query_count_does_not_grow(client, directory, django_assert_max_num_queries):
    for code in ["W1G 9PF", "EC1A 1BB"]:
        practitioner_at(code)
    query = {"postcode": "SW1A 1AA", "miles": "10", "years": "1"}
    client.get(URL, query)  # renditions and caches warm up
    with django_assert_max_num_queries(12) as few:
        client.get(URL, query)
    few_count = len(few.captured_queries)
    for _ in range(8):
        practitioner = practitioner_at("SW4 7AA")
        ClinicFactory(practitioner=practitioner, postcode="TW9 1HP")
    client.get(URL, query)
    with django_assert_max_num_queries(few_count):
        client.get(URL, query)


@pytest.fixture
def profile(directory, treatments):
    practitioner = practitioner_at(
        "W1G 9PF",
        name="Dr Amara Okafor",
        practising_since=2009,
        registration_body="GMC",
        registration_number="7012345",
        registration_checked_on="2026-03-01",
        phone="020 7946 0000",
        public_email="hello@okafor.example",
        treatments=[treatments["lip-filler"]],
    )
    ClinicFactory(practitioner=practitioner, postcode="M2 4WU", name="Manchester rooms")
    return practitioner


def test_profile_shows_everything(client, profile):
    page = soup(client.get("/practitioners/dr-amara-okafor/"))
    assert [h1.get_text() for h1 in page.find_all("h1")] == ["Dr Amara Okafor"]
    assert "practising since 2009" in page.select_one(".profile__meta").get_text()
    assert "Registration checked on 1 March 2026" in page.get_text()
    verify = page.select_one(".profile-box a.btn")
    assert verify.get_text().startswith("Verify registration")
    assert verify["href"].startswith("https://www.gmc-uk.org/")
    assert page.select_one(".profile__treatments a")["href"] == "/tweakments/lip-filler/"
    assert [h3.get_text() for h3 in page.select(".clinic__name")] == [
        profile.clinics.first().name,
        "Manchester rooms",
    ]
    assert page.find(id="profile-map-points")
    assert page.find("link", rel="canonical")["href"] == (
        "http://testserver/practitioners/dr-amara-okafor/"
    )
    assert page.find("meta", property="og:title")["content"] == "Dr Amara Okafor"
    assert page.find("meta", attrs={"name": "description"})["content"].startswith(
        "Dr Amara Okafor, doctor at"
    )
    physician, breadcrumbs = json_ld(page)
    assert physician["@type"] == "Physician"
    assert physician["identifier"]["value"] == "7012345"
    assert physician["availableService"][0]["name"] == "Lip filler"
    assert len(physician["location"]) == 2
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == [
        "Home",
        "Find a Practitioner",
        "Dr Amara Okafor",
    ]


@pytest.mark.parametrize("status", [Practitioner.Status.PENDING, Practitioner.Status.HIDDEN])
def test_unlisted_profiles_are_not_found(client, directory, status):
    PractitionerFactory(name="Dr Secret", status=status)
    assert client.get("/practitioners/dr-secret/").status_code == 404
    assert client.get("/practitioners/no-such-person/").status_code == 404


def test_user_text_is_escaped_on_profiles(client, directory):
    nasty = "</script><script>alert(1)</script>"
    practitioner = practitioner_at("SW1A 1AA", name=nasty, bio=nasty, slug="nasty")
    practitioner.clinics.update(name=nasty)
    response = client.get("/practitioners/nasty/")
    assert b"<script>alert(1)" not in response.content
    assert json_ld(soup(response))[0]["name"] == nasty
    listing = client.get(URL, {"postcode": "SW1A 1AA"})
    assert b"<script>alert(1)" not in listing.content
    assert (
        json.loads(soup(listing).find(id="directory-map-points").string)["points"][0]["name"]
        == nasty
    )


def test_profile_query_count_does_not_grow(client, profile, django_assert_max_num_queries):
    client.get(profile.get_absolute_url())
    with django_assert_max_num_queries(8) as few:
        client.get(profile.get_absolute_url())
    few_count = len(few.captured_queries)
    for code in ["SW4 7AA", "TW9 1HP", "EC1A 1BB"]:
        ClinicFactory(practitioner=profile, postcode=code)
    client.get(profile.get_absolute_url())
    with django_assert_max_num_queries(few_count):
        client.get(profile.get_absolute_url())


def test_home_page_has_a_practitioner_search_box(client, directory):
    page = soup(client.get("/"))
    form = page.find("form", attrs={"aria-label": "Find a practitioner near you"})
    assert form["action"] == URL and form["method"] == "get"
    assert form.find("input", attrs={"name": "postcode"})
    assert form.find("option", selected=True)["value"] == "10"


def test_site_search_finds_practitioners(client, directory):
    practitioner_at("SW1A 1AA", name="Dr Okafor")
    practitioner_at("SW1A 1AA", name="Dr Okafor Hidden", status=Practitioner.Status.HIDDEN)
    page = soup(client.get("/search/", {"q": "okafor"}))
    found = [a.get_text() for a in page.select(".search-practitioners .search-result__title a")]
    assert found == ["Dr Okafor"]


def test_practitioner_box_asks_postcode_miles_and_years(directory, treatments):
    request = RequestFactory().get("/tweakments/lip-filler/")
    html = Template(
        "{% load practitioner_tags %}{% practitioner_box treatment=treatment %}"
    ).render(Context({"treatment": treatments["lip-filler"], "request": request}))
    form = BeautifulSoup(html, "html.parser").find("form")
    assert form["action"] == URL
    assert form.find("input", attrs={"name": "treatment"})["value"] == "lip-filler"
    assert form.find("label", attrs={"for": "practitioner-box-postcode"})
    assert [o["value"] for o in form.select("[name=miles] option")] == [
        "3",
        "5",
        "10",
        "25",
        "50",
        "100",
    ]
    assert form.select_one("[name=miles] option[selected]")["value"] == "10"
    assert [o["value"] for o in form.select("[name=years] option")] == ["0", "5", "10", "15", "20"]
    without = Template("{% load practitioner_tags %}{% practitioner_box %}").render(
        Context({"request": request})
    )
    assert 'name="treatment"' not in without and "Find a Practitioner" in without


def test_head_on_a_profile_answers_like_get(client, profile):
    url = profile.get_absolute_url()
    head = client.head(url)
    assert head.status_code == client.get(url).status_code == 200
    assert head.content == b""
