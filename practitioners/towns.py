"""UK towns and cities by name, for people who type "Leeds" instead of a postcode.

The postcode data names no places, so `data/uk_towns.csv` (a small offline gazetteer)
gives each town or city the postcode district at its centre; where that district is comes
from the postcode data like any other lookup. Northern Ireland is left out because the
postcode data has no BT postcodes.
"""

import csv
import re
from functools import cache
from pathlib import Path

from . import postcodes

GAZETTEER = Path(__file__).resolve().parent / "data" / "uk_towns.csv"


def _key(name):
    """'Stoke-on-Trent', 'stoke on trent' and 'St. Albans' / 'st albans' compare equal."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())


@cache
def towns():
    """{lookup key: (town name, district)}, read once per process."""
    with GAZETTEER.open(newline="", encoding="utf-8") as file:
        return {_key(row["town"]): (row["town"], row["district"]) for row in csv.DictReader(file)}


def locate(text):
    """The Location of a town or city typed by someone (named as the town), or None."""
    found = towns().get(_key(text or ""))
    if found is None:
        return None
    name, district = found
    location = postcodes.locate(district)
    if location is None:
        return None
    return postcodes.Location(name, postcodes.Kind.TOWN, location.point, location.nation)


def locate_place(text):
    """The Location of a postcode (full, sector or district), town or city someone typed,
    or None. Text shaped like a postcode is only ever looked up as one."""
    if postcodes.parse(text):
        return postcodes.locate(text)
    return locate(text)


def nation_of_place(text):
    """The UK nation of a town, city or postcode someone typed, or None."""
    found = towns().get(_key(text or ""))
    return postcodes.nation_of(found[1] if found else text)
