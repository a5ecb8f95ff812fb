"""A visitor on a phone finds a practitioner near a postcode and reads about a treatment."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.practitioners.factories import DirectoryPageFactory, add_postcodes, practitioner_at
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory

THIS_YEAR = timezone.localdate().year


@pytest.fixture
def directory_content(live_site):
    add_postcodes()
    directory = DirectoryPageFactory(parent=live_site)
    index = TreatmentIndexPageFactory(parent=live_site)
    lip_filler = TreatmentPageFactory(parent=index, title="Lip filler", slug="lip-filler")
    # Distances from SW1A 1AA: Harley Street 1.1, Smithfield 2.1, Clapham 2.7, Richmond 9.
    for name, postcode, years in [
        ("Dr Harley", "W1G 9PF", 20),
        ("Nurse Smithfield", "EC1A 1BB", 3),
        ("Dr Clapham", "SW4 7AA", 8),
        ("Dr Richmond", "TW9 1HP", 15),
    ]:
        practitioner_at(
            postcode, name=name, practising_since=THIS_YEAR - years, treatments=[lip_filler]
        )
    return directory


def relative_luminance(css_colour):
    channels = [int(part) / 255 for part in re.findall(r"\d+", css_colour)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def track_contrast(page: Page):
    """Contrast of the slider's track (a pseudo-element: read from its CSS rule) with the
    form behind it."""
    track, behind = page.evaluate(
        """() => {
          const track = ".range-field .form-range::-webkit-slider-runnable-track";
          const rule = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
            .find((rule) => (rule.selectorText || "").includes(track));
          const probe = document.createElement("span");
          probe.style.color = rule.style.backgroundColor;
          document.body.append(probe);
          const colour = getComputedStyle(probe).color;
          probe.remove();
          const form = document.querySelector(".directory-form");
          return [colour, getComputedStyle(form).backgroundColor];
        }"""
    )
    lighter, darker = sorted(map(relative_luminance, (track, behind)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def distances(page: Page):
    texts = page.locator(".practitioner-card__distance").all_text_contents()
    return [float(re.match(r"[\d.]+", text).group()) for text in texts]


def test_visitor_narrows_the_directory_and_reads_a_treatment(
    page: Page, live_server, directory_content
):
    page.set_viewport_size({"width": 390, "height": 844})
    # Map tiles come from another host: here they fail, as they may in real life.
    page.route(re.compile(r"https://tile\.openstreetmap\.org/.*"), lambda route: route.abort())
    page.goto(live_server.url + "/find-a-practitioner/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Find a Practitioner")

    page.get_by_label("Postcode or town").fill("sw1a1aa")
    page.get_by_label("Postcode or town").press("Enter")
    cards = page.locator(".practitioner-card")
    summary = page.locator(".directory-results__count")
    expect(summary).to_contain_text("within 10 miles of SW1A 1AA")
    expect(cards).to_have_count(4)

    # The miles slider moves by step (1, 3, 5, 10, 25, 50, 100), each step numbered
    # under a track that shows against the form.
    miles = page.get_by_label("Within")
    ticks = page.locator(".range-field__ticks li")
    expect(ticks).to_have_text(["1", "3", "5", "10", "25", "50", "100"])
    for tick in ticks.all():
        expect(tick).to_be_visible()
    assert track_contrast(page) >= 3
    miles.fill("1")  # the second step
    expect(page.locator("output[for=id_miles_slider]")).to_have_text("3 miles")
    expect(miles).to_have_attribute("aria-valuetext", "3 miles")
    expect(cards).to_have_count(3)
    expect(summary).to_contain_text("within 3 miles")

    years = page.get_by_label("Practising for at least")
    years.focus()
    for _ in range(5):
        years.press("ArrowRight")
    expect(page.locator("output[for=id_years]")).to_have_text("5 years")
    expect(cards).to_have_count(2)
    expect(page).to_have_url(re.compile(r"miles=3.*years=5"))
    assert page.locator(".practitioner-card__name").all_text_contents() == [
        "Dr Harley",
        "Dr Clapham",
    ]
    found = distances(page)
    assert found == sorted(found) and found[-1] <= 3
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1]

    page.get_by_role("button", name="Show on a map").click()
    expect(page.locator(".directory-map .leaflet-interactive")).to_have_count(3)  # area + 2

    page.get_by_role("link", name="Dr Harley").click()
    expect(page).to_have_url(live_server.url + "/practitioners/dr-harley/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dr Harley")
    page.get_by_role("link", name="Lip filler").click()
    expect(page).to_have_url(live_server.url + "/tweakments/lip-filler/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lip filler")
