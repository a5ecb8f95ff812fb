import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from django.core.management import call_command

from practitioners.loader import load_postcodes
from practitioners.models import Postcode

pytestmark = pytest.mark.django_db


@pytest.fixture
def parquet(tmp_path):
    """A small file shaped like postcodinator's: live, terminated and unplaced rows."""
    table = pa.table(
        {
            "postcode": ["SW1A 1AA", "SW1A 1AB", "SW1A 2AA", "EC1A 1BB", "AB1 0AA", "ZE1 0AA"],
            "status": ["live", "live", "live", "live", "terminated", "live"],
            "latitude": [51.50, 51.52, 51.54, 51.52, 57.10, None],
            "longitude": [-0.14, -0.12, -0.16, -0.11, -2.24, None],
            "country": ["England"] * 4 + ["Scotland"] * 2,
        }
    )
    path = tmp_path / "postcodes.parquet"
    pq.write_table(table, path)
    return path


def test_loads_live_postcodes_sectors_and_districts(parquet):
    result = load_postcodes(parquet, batch_size=2)
    assert (result.units, result.sectors, result.districts, result.skipped) == (4, 3, 2, 2)
    assert set(Postcode.objects.filter(kind="unit").values_list("code", flat=True)) == {
        "SW1A 1AA",
        "SW1A 1AB",
        "SW1A 2AA",
        "EC1A 1BB",
    }
    district = Postcode.objects.get(code="SW1A")
    assert district.kind == "district"
    assert district.latitude == pytest.approx((51.50 + 51.52 + 51.54) / 3)
    sector = Postcode.objects.get(code="SW1A 1")
    assert sector.longitude == pytest.approx((-0.14 - 0.12) / 2)
    assert not Postcode.objects.filter(code__in=["AB1 0AA", "ZE1 0AA"]).exists()


def test_re_running_replaces_rather_than_duplicates(parquet):
    Postcode.objects.create(code="OLD 1AA", kind="unit", latitude=1, longitude=1)
    load_postcodes(parquet)
    load_postcodes(parquet)
    assert Postcode.objects.count() == 4 + 3 + 2


def test_command_shows_progress_and_skips_when_asked(parquet):
    out = io.StringIO()
    call_command("load_postcodes", file=str(parquet), stdout=out)
    assert "Loaded 4 postcodes, 3 sectors and 2 districts" in out.getvalue()
    assert "Loading postcodes" in out.getvalue()
    out = io.StringIO()
    call_command("load_postcodes", file=str(parquet), if_empty=True, stdout=out)
    assert "already loaded" in out.getvalue()


def test_command_reports_an_unreadable_file(tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_text("not parquet")
    with pytest.raises(Exception, match="Cannot read"):
        call_command("load_postcodes", file=str(bad), stdout=io.StringIO())


def test_rows_keep_their_nation_and_a_border_district_takes_the_nation_of_most(tmp_path):
    table = pa.table(
        {
            "postcode": ["TD15 1AA", "TD15 1AB", "TD15 2AA", "EH2 4AD", "JE2 3AA"],
            "status": ["live"] * 5,
            "latitude": [55.7, 55.7, 55.8, 55.95, 49.2],
            "longitude": [-2.0, -2.0, -2.1, -3.2, -2.1],
            "country": ["England", "England", "Scotland", "Scotland", "Channel Islands"],
        }
    )
    path = tmp_path / "postcodes.parquet"
    pq.write_table(table, path)
    load_postcodes(path)
    nations = dict(Postcode.objects.values_list("code", "nation"))
    assert nations["TD15 2AA"] == "scotland" and nations["TD15 1AA"] == "england"
    assert nations["TD15"] == "england" and nations["TD15 2"] == "scotland"
    assert nations["EH2"] == "scotland"
    assert nations["JE2 3AA"] == ""  # not a UK nation


def test_if_empty_reloads_a_table_loaded_before_nations_were_kept(parquet):
    Postcode.objects.create(code="SW1A 1AA", kind="unit", latitude=1, longitude=1)
    out = io.StringIO()
    call_command("load_postcodes", file=str(parquet), if_empty=True, stdout=out)
    assert "Loaded 4 postcodes" in out.getvalue()
    assert Postcode.objects.get(code="SW1A 1AA").nation == "england"
