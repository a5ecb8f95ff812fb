"""Distances on the Earth's surface, in Python and as database expressions.

Radius searches work in two steps so an index does the heavy lifting:

1. `bounding_box` turns "within N miles of a point" into latitude and longitude ranges.
   Those are plain comparisons on indexed columns, so the database reads only the few
   rows inside the box instead of every clinic in the country.
2. `great_circle_miles` is the exact haversine distance built from Django's database
   functions (Radians, Sin, Cos, ASin, Sqrt, Power). The same expression runs on SQLite
   (Django registers these functions on each connection) and PostgreSQL. It filters the
   corners of the box away and orders what is left.
"""

import math
from dataclasses import dataclass

from django.db.models import F, FloatField, Value
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt

# The mean radius of the Earth (IUGG), which the haversine formula assumes is a sphere.
EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_LATITUDE = EARTH_RADIUS_MILES * math.pi / 180


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


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
    return {
        f"{prefix}latitude__range": (origin.latitude - lat_delta, origin.latitude + lat_delta),
        f"{prefix}longitude__range": (origin.longitude - lng_delta, origin.longitude + lng_delta),
    }


def great_circle_miles(origin, prefix=""):
    """A database expression: miles from `origin` to the row's latitude/longitude."""
    lat = Radians(F(f"{prefix}latitude"))
    lng = Radians(F(f"{prefix}longitude"))
    origin_lat = math.radians(origin.latitude)
    origin_lng = math.radians(origin.longitude)
    h = Power(Sin((lat - Value(origin_lat)) / 2), 2) + Value(math.cos(origin_lat)) * Cos(
        lat
    ) * Power(Sin((lng - Value(origin_lng)) / 2), 2)
    # Least() guards ASin against rounding just above 1 for antipodal points.
    return Value(2 * EARTH_RADIUS_MILES) * ASin(
        Least(Sqrt(h), Value(1.0)), output_field=FloatField()
    )
