"""Distances on the Earth's surface, in Python and as database expressions.

Radius searches work in two steps so an index does the heavy lifting:

1. `bounding_box` turns "within N miles of a point" into latitude and longitude ranges,
   and the latitude range into the narrow bands (`LATITUDE_BAND`, a column the database
   keeps) it covers. The index is on (band, longitude), so the database reads only the
   rows inside the box, band by band: an index on (latitude, longitude) would read every
   clinic in the latitude range, right across the country, to find the few in the box.
2. `chord_squared` measures, with arithmetic alone, the straight line through the Earth
   between the origin and each row's point on the unit sphere (`UNIT_X`, `UNIT_Y`,
   `UNIT_Z`, columns the database keeps from latitude and longitude). A chord grows with
   the great-circle distance, so comparing it with the chord of N miles keeps exactly the
   points within N miles, and ordering by it is nearest first; `miles_from_chord_squared`
   turns it back into the exact great-circle distance only for the rows that are shown.
"""

import math
from dataclasses import dataclass

from django.db.models import F, FloatField, IntegerField, Value
from django.db.models.functions import ASin, Cast, Cos, Least, Radians, Sin, Sqrt

# The mean radius of the Earth (IUGG), taken as a sphere.
EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_LATITUDE = EARTH_RADIUS_MILES * math.pi / 180

# A point's position on the unit sphere: x towards 0°N 0°E, z towards the North Pole.
UNIT_X = Cos(Radians("latitude")) * Cos(Radians("longitude"))
UNIT_Y = Cos(Radians("latitude")) * Sin(Radians("longitude"))
UNIT_Z = Sin(Radians("latitude"))

# Bands of a twentieth of a degree of latitude (3.5 miles): a 10-mile search covers seven.
BANDS_PER_DEGREE = 20
LATITUDE_BAND = Cast(F("latitude") * BANDS_PER_DEGREE, IntegerField())


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float

    def on_unit_sphere(self):
        lat, lng = math.radians(self.latitude), math.radians(self.longitude)
        return (math.cos(lat) * math.cos(lng), math.cos(lat) * math.sin(lng), math.sin(lat))


def miles_between(a, b):
    """Great-circle distance between two points in miles (haversine)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    half_dlat = (lat2 - lat1) / 2
    half_dlng = math.radians(b.longitude - a.longitude) / 2
    h = math.sin(half_dlat) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(half_dlng) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(origin, miles, prefix=""):
    """Filter arguments keeping rows within a box that contains the circle of `miles`.

    A degree of longitude shrinks towards the poles, so the box is widened using the
    latitude of its edge furthest from the equator.
    """
    lat_delta = miles / MILES_PER_DEGREE_LATITUDE
    furthest_latitude = min(89.0, abs(origin.latitude) + lat_delta)
    lng_delta = miles / (MILES_PER_DEGREE_LATITUDE * math.cos(math.radians(furthest_latitude)))
    low, high = origin.latitude - lat_delta, origin.latitude + lat_delta
    return {
        f"{prefix}latitude_band__in": latitude_bands(low, high),
        f"{prefix}latitude__range": (low, high),
        f"{prefix}longitude__range": (origin.longitude - lng_delta, origin.longitude + lng_delta),
    }


def latitude_bands(low, high):
    """Every LATITUDE_BAND a latitude from `low` to `high` can be in. Casting to an integer
    rounds on PostgreSQL and truncates on SQLite, so a latitude's band is its floor or one
    above: both are included."""
    return list(range(math.floor(low * BANDS_PER_DEGREE), math.floor(high * BANDS_PER_DEGREE) + 2))


def chord_squared(origin, prefix=""):
    """A database expression: the squared chord from `origin` to the row's unit-sphere point.

    Differences of coordinates (rather than 1 - a dot product) keep full precision for
    points a few yards apart.
    """
    total = None
    for column, value in zip(("unit_x", "unit_y", "unit_z"), origin.on_unit_sphere(), strict=True):
        difference = F(f"{prefix}{column}") - Value(value)
        total = difference * difference if total is None else total + difference * difference
    return total


def chord_squared_within(miles):
    """The squared chord of a great-circle distance of `miles`."""
    return (2 * math.sin(min(miles / EARTH_RADIUS_MILES, math.pi) / 2)) ** 2


def miles_from_chord_squared(chord_squared):
    """The great-circle distance in miles of a squared chord (the inverse of the above)."""
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(chord_squared) / 2))


def great_circle_miles(chord):
    """A database expression: `miles_from_chord_squared` of a squared-chord expression."""
    # Least() guards ASin against rounding just past the diameter for antipodal points.
    return Value(2 * EARTH_RADIUS_MILES) * ASin(
        Least(Sqrt(chord) / 2, Value(1.0)), output_field=FloatField()
    )
