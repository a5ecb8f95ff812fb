"""UK postcodes: reading what people type, and finding where a postcode is.

People type `sw1a1aa`, ` SW1A  1AA `, `SW1A 1AA` or just the district `SW1A`. `parse`
turns any of those into the canonical spellings the postcode table stores; `locate`
asks the configured providers in turn for the point they stand for.

Providers share one small interface, `locate(candidates) -> Point | None`:
- `DatabaseProvider` (always on) reads the table `manage.py load_postcodes` fills from
  the data the `postcodinator` package ships, so lookups work offline.
- `PostcodesIoProvider` asks api.postcodes.io. It is off by default; list it in the
  `PRACTITIONERS_POSTCODE_PROVIDERS` setting to use it as a fallback.
"""

import json
import logging
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.module_loading import import_string

from core.nations import Nation

from .geo import Point

logger = logging.getLogger(__name__)


# An outward code (district): area letters, a district number, maybe a letter or digit.
class Postcode(models.Model):
    """A UK postcode, sector or district and its centre (see `manage.py load_postcodes`)."""

    class Kind(models.TextChoices):
        UNIT = "unit", "Full postcode"
        SECTOR = "sector", "Sector"
        DISTRICT = "district", "District (outward code)"

    # As written with its space ("SW1A 1AA", "SW1A 1", "SW1A"): the three kinds never clash.
    code = models.CharField(max_length=8, primary_key=True)
    kind = models.CharField(max_length=8, choices=Kind)
    latitude = models.FloatField()
    longitude = models.FloatField()
    # From the data's country column (a sector or district: most of its postcodes'); blank
    # for the Channel Islands and the Isle of Man, which are not UK nations.
    nation = models.CharField(max_length=16, choices=Nation, blank=True)

    class Meta:
        verbose_name = "postcode"

    def __str__(self):
        return self.code


OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
INWARD = r"[0-9][A-Z]{2}"
FULL_POSTCODE = re.compile(rf"^({OUTWARD})({INWARD})$")
DISTRICT = re.compile(rf"^{OUTWARD}$")
SECTOR = re.compile(rf"^({OUTWARD}) ?([0-9])$")
# Longer input cannot be a postcode; it is refused before any other work.
MAX_INPUT_LENGTH = 12

DEFAULT_PROVIDERS = ["practitioners.postcodes.DatabaseProvider"]


class Kind:
    UNIT = "unit"
    SECTOR = "sector"
    DISTRICT = "district"
    TOWN = "town"  # a town or city by name (see towns.py)


@dataclass(frozen=True)
class Candidate:
    code: str  # as stored: "SW1A 1AA", "SW1A 1" or "SW1A"
    kind: str


def normalise(text):
    """Upper case with runs of spaces squeezed: ' sw1a  1aa ' -> 'SW1A 1AA'."""
    return " ".join(str(text or "").upper().split())


def parse(text):
    """The postcodes `text` could mean, most precise first; [] if it is not one.

    `SW1A1AA` is a full postcode; `SW1A` a district; `SW1A 1` a sector. Without a space
    `M11` could be district M11 or sector M1 1, so both are tried, district first.
    """
    text = normalise(text)
    if not text or len(text) > MAX_INPUT_LENGTH:
        return []
    compact = text.replace(" ", "")
    candidates = []
    if match := FULL_POSTCODE.match(compact):
        outward, inward = match.groups()
        # With a space typed in the wrong place (SW1 A1AA) it is still that postcode.
        candidates.append(Candidate(f"{outward} {inward}", Kind.UNIT))
    if DISTRICT.match(text):
        candidates.append(Candidate(text, Kind.DISTRICT))
    if match := SECTOR.match(text):
        outward, digit = match.groups()
        candidates.append(Candidate(f"{outward} {digit}", Kind.SECTOR))
    return candidates


def format_postcode(text):
    """The tidy spelling of a full postcode ('sw1a1aa' -> 'SW1A 1AA'), or None."""
    match = FULL_POSTCODE.match(normalise(text).replace(" ", ""))
    return " ".join(match.groups()) if match else None


@dataclass(frozen=True)
class Location:
    """Where a typed postcode is, and how it is best written back to the visitor."""

    code: str
    kind: str
    point: Point
    nation: Nation | None = None


class DatabaseProvider:
    """The postcode table loaded from postcodinator's data (offline)."""

    def locate(self, candidates):
        codes = [candidate.code for candidate in candidates]
        found = {row.code: row for row in Postcode.objects.filter(code__in=codes)}
        for candidate in candidates:
            if row := found.get(candidate.code):
                nation = Nation(row.nation) if row.nation else None
                return Location(row.code, row.kind, Point(row.latitude, row.longitude), nation)
        return None


class PostcodesIoProvider:
    """api.postcodes.io (online; off unless listed in PRACTITIONERS_POSTCODE_PROVIDERS)."""

    base_url = "https://api.postcodes.io"
    timeout = 3

    def locate(self, candidates):
        for candidate in candidates:
            path = "postcodes" if candidate.kind == Kind.UNIT else "outcodes"
            if candidate.kind == Kind.SECTOR:
                continue  # postcodes.io has no sector lookup
            url = f"{self.base_url}/{path}/{urllib.parse.quote(candidate.code)}"
            try:
                with urllib.request.urlopen(url, timeout=self.timeout) as response:  # noqa: S310
                    result = json.load(response).get("result") or {}
            except (OSError, ValueError) as error:
                logger.warning("postcodes.io lookup of %s failed: %s", candidate.code, error)
                continue
            if result.get("latitude") is not None and result.get("longitude") is not None:
                return Location(
                    candidate.code,
                    candidate.kind,
                    Point(result["latitude"], result["longitude"]),
                    Nation.from_country(result.get("country")),
                )
        return None


def providers():
    paths = getattr(settings, "PRACTITIONERS_POSTCODE_PROVIDERS", DEFAULT_PROVIDERS)
    return [import_string(path)() for path in paths]


def locate(text):
    """The Location of a full postcode, sector or district typed by someone, or None."""
    candidates = parse(text)
    if not candidates:
        return None
    for provider in providers():
        if location := provider.locate(candidates):
            return location
    return None


# Every BT postcode is in Northern Ireland, and the postcode data has none of them.
NORTHERN_IRELAND = re.compile(r"^BT[0-9]")


def nation_of(text):
    """The UK nation of a postcode, sector or district someone typed, or None."""
    candidates = parse(text)
    if not candidates:
        return None
    if NORTHERN_IRELAND.match(candidates[0].code):
        return Nation.NORTHERN_IRELAND
    codes = [candidate.code for candidate in candidates]
    found = dict(Postcode.objects.filter(code__in=codes).values_list("code", "nation"))
    return next((Nation(found[code]) for code in codes if found.get(code)), None)


def nations_of(postcodes):
    """The UK nations these full postcodes are in, as a queryset of nation values to use
    in another query, and the nations known without one (Northern Ireland's)."""
    codes = {format_postcode(code) for code in postcodes} - {None}
    rows = Postcode.objects.filter(code__in=codes).exclude(nation="").values("nation")
    known = {Nation.NORTHERN_IRELAND for code in codes if NORTHERN_IRELAND.match(code)}
    return rows, known
