import math

import pytest

from practitioners.geo import (
    BANDS_PER_DEGREE,
    MILES_PER_DEGREE_LATITUDE,
    Point,
    bounding_box,
    chord_squared_within,
    miles_between,
    miles_from_chord_squared,
)
from tests.practitioners.factories import PLACES

METRES_PER_MILE = 1609.344


def grid_miles(a, b):
    """Straight-line distance on the Ordnance Survey grid: an independent measurement."""
    (_, _, east_a, north_a), (_, _, east_b, north_b) = PLACES[a], PLACES[b]
    return math.hypot(east_a - east_b, north_a - north_b) / METRES_PER_MILE


def point(code):
    return Point(*PLACES[code][:2])


@pytest.mark.parametrize(
    "a, b", [("SW1A 1AA", "EC1A 1BB"), ("SW1A 1AA", "M2 4WU"), ("M2 4WU", "EH2 4AD")]
)
def test_haversine_agrees_with_the_ordnance_survey_grid(a, b):
    assert miles_between(point(a), point(b)) == pytest.approx(grid_miles(a, b), rel=0.01)


def test_two_london_postcodes_about_two_miles_apart():
    # Buckingham Palace to Smithfield: 3.33 km on the OS grid.
    assert miles_between(point("SW1A 1AA"), point("EC1A 1BB")) == pytest.approx(2.07, rel=0.01)


def test_bounding_box_contains_the_circle():
    origin = point("EH2 4AD")
    box = bounding_box(origin, 10)
    low_lat, high_lat = box["latitude__range"]
    low_lng, high_lng = box["longitude__range"]
    assert high_lat - origin.latitude == pytest.approx(10 / MILES_PER_DEGREE_LATITUDE)
    # Due east and west, 10 miles away, is inside the box.
    for bearing_lng in (low_lng, high_lng):
        assert miles_between(origin, Point(origin.latitude, bearing_lng)) >= 10
    # The bands cover the latitude range, whether the database rounds or truncates.
    bands = box["latitude_band__in"]
    for latitude in (low_lat, origin.latitude, high_lat):
        scaled = latitude * BANDS_PER_DEGREE
        assert {math.floor(scaled), round(scaled), int(scaled)} <= set(bands)
    assert len(bands) <= 10
    assert bounding_box(origin, 10, prefix="clinics__").keys() == {
        "clinics__latitude_band__in",
        "clinics__latitude__range",
        "clinics__longitude__range",
    }


@pytest.mark.parametrize("a, b", [("SW1A 1AA", "EC1A 1BB"), ("M2 4WU", "EH2 4AD")])
def test_the_chord_gives_back_the_haversine_distance(a, b):
    chord_squared = sum(
        (i - j) ** 2
        for i, j in zip(point(a).on_unit_sphere(), point(b).on_unit_sphere(), strict=True)
    )
    assert miles_from_chord_squared(chord_squared) == pytest.approx(
        miles_between(point(a), point(b)), rel=1e-9
    )


@pytest.mark.parametrize("miles", [0.1, 3, 50, 100])
def test_chord_of_a_radius_round_trips(miles):
    assert miles_from_chord_squared(chord_squared_within(miles)) == pytest.approx(miles)
