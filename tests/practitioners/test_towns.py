"""Searching the directory by town or city name, from the offline gazetteer."""

import csv

import pytest
from bs4 import BeautifulSoup

from practitioners import towns
from practitioners.models import Postcode
from tests.practitioners.factories import practitioner_at

pytestmark = pytest.mark.django_db
URL = "/find-a-practitioner/"


def test_the_gazetteer_has_one_row_per_town_with_a_district_spelling():
    with towns.GAZETTEER.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) > 100
    assert len({towns._key(row["town"]) for row in rows}) == len(rows)
    assert all(row["district"] == row["district"].strip().upper() for row in rows)
    assert towns.towns()["leeds"] == ("Leeds", "LS1")


@pytest.mark.parametrize(
    "typed, name", [("Leeds", "Leeds"), ("  leeds ", "Leeds"), ("stoke on trent", "Stoke-on-Trent")]
)
def test_towns_are_found_however_they_are_typed(typed, name):
    Postcode.objects.create(code="LS1", kind="district", latitude=53.797, longitude=-1.546)
    Postcode.objects.create(code="ST1", kind="district", latitude=53.03, longitude=-2.17)
    location = towns.locate(typed)
    assert (location.code, location.kind) == (name, "town")


def test_an_unknown_place_is_none():
    assert towns.locate("Atlantis") is None
    assert towns.locate("") is None


def test_directory_search_by_city_is_nearest_first(client, directory):
    Postcode.objects.create(code="M1", kind="district", latitude=53.4787, longitude=-2.2337)
    practitioner_at("M2 4WU", name="Dr Manchester")
    practitioner_at("SW1A 1AA", name="Dr London")
    page = BeautifulSoup(client.get(URL, {"postcode": "manchester"}).content, "html.parser")
    assert not page.select(".invalid-feedback")
    assert [a.get_text() for a in page.select(".practitioner-card__name a")] == ["Dr Manchester"]
    status = page.select_one("#directory-results [role=status]").get_text()
    assert "within 10 miles of Manchester" in status
    assert page.find("label", attrs={"for": "id_postcode"}).get_text().strip() == (
        "Postcode or town"
    )


def test_the_map_box_is_hidden_until_javascript_can_draw_it(client, directory):
    practitioner_at("SW1A 1AA", name="Dr London")
    page = BeautifulSoup(client.get(URL, {"postcode": "SW1A 1AA"}).content, "html.parser")
    assert page.select_one("[data-map]").has_attr("hidden")
