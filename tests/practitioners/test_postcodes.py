import io
import json
from unittest import mock

import pytest

from practitioners import postcodes
from practitioners.postcodes import Candidate, Kind, PostcodesIoProvider, format_postcode, parse


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("SW1A 1AA", [Candidate("SW1A 1AA", Kind.UNIT)]),
        ("sw1a1aa", [Candidate("SW1A 1AA", Kind.UNIT)]),
        ("  Sw1a   1aA ", [Candidate("SW1A 1AA", Kind.UNIT)]),
        ("SW1 A1AA", [Candidate("SW1A 1AA", Kind.UNIT)]),
        ("M2 4WU", [Candidate("M2 4WU", Kind.UNIT)]),
        ("SW1A", [Candidate("SW1A", Kind.DISTRICT)]),
        ("sw1a 1", [Candidate("SW1A 1", Kind.SECTOR)]),
        ("M11", [Candidate("M11", Kind.DISTRICT), Candidate("M1 1", Kind.SECTOR)]),
    ],
)
def test_parse_normalises_what_people_type(typed, expected):
    assert parse(typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "XYZ", "12345", "SW1A 1AA'; DROP TABLE x;--", "<b>SW1A</b>", "A" * 200, None],
)
def test_parse_refuses_what_is_not_a_postcode(typed):
    assert parse(typed) == []


def test_format_postcode():
    assert format_postcode("ec1a1bb") == "EC1A 1BB"
    assert format_postcode("EC1A") is None


def test_locate_reads_the_table(postcode_table):
    location = postcodes.locate("sw1a1aa")
    assert location.code == "SW1A 1AA" and location.kind == "unit"
    assert location.point.latitude == pytest.approx(51.501009)
    assert postcodes.locate("SW1A").kind == "district"
    assert postcodes.locate("ZZ9 9ZZ") is None
    assert postcodes.locate("XYZ") is None


def test_the_online_provider_is_off_by_default(postcode_table):
    with mock.patch("urllib.request.urlopen") as urlopen:
        assert postcodes.locate("ZZ9 9ZZ") is None
    urlopen.assert_not_called()


def test_online_provider_behind_the_same_interface(db, settings):
    settings.PRACTITIONERS_POSTCODE_PROVIDERS = [
        "practitioners.postcodes.DatabaseProvider",
        "practitioners.postcodes.PostcodesIoProvider",
    ]
    answer = io.BytesIO(json.dumps({"result": {"latitude": 51.5, "longitude": -0.1}}).encode())
    with mock.patch("urllib.request.urlopen", return_value=answer) as urlopen:
        location = postcodes.locate("sw1a1aa")
    assert urlopen.call_args.args[0] == "https://api.postcodes.io/postcodes/SW1A%201AA"
    assert (location.point.latitude, location.point.longitude) == (51.5, -0.1)


def test_online_provider_failure_is_not_found(db):
    with mock.patch("urllib.request.urlopen", side_effect=OSError("offline")):
        assert PostcodesIoProvider().locate(parse("SW1A 1AA")) is None
