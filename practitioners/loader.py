"""Load the UK postcode table from the parquet file the `postcodinator` package ships.

The file lists every postcode ever issued (about 2.6 million rows). Live postcodes with
a position become `unit` rows; each sector ("SW1A 1") and district ("SW1A") gets the
mean position of its live postcodes, so a visitor may type just the first half. Each row
keeps its UK nation from the file's country column (a sector or district takes the nation
of most of its postcodes: a few straddle a border).

Everything happens in one transaction: the old rows are replaced only when the new ones
are all in, and a failed run leaves the table as it was. Rows are read in batches with
pyarrow and written with the fastest bulk path of the database: COPY on PostgreSQL,
executemany on SQLite.
"""

import csv
import importlib.resources
import io
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from django.db import connection, transaction

from core.nations import Nation

from .models import Postcode

COLUMNS = ["postcode", "status", "latitude", "longitude", "country"]
BATCH_SIZE = 100_000


def bundled_file():
    """The parquet file inside the installed postcodinator package."""
    return importlib.resources.files("postcodinator").joinpath("data/postcode_data.parquet")


def row_count(path):
    return pq.ParquetFile(path).metadata.num_rows


@dataclass
class LoadResult:
    units: int = 0
    sectors: int = 0
    districts: int = 0
    skipped: int = 0


class _Centres:
    """Running sums of positions per code, to place sectors and districts at their mean,
    and counts of their postcodes per nation, to give them the nation of most."""

    def __init__(self):
        self.sums = {}

    def add(self, codes, latitudes, longitudes, nations):
        table = pa.table({"code": codes, "lat": latitudes, "lng": longitudes, "nation": nations})
        grouped = table.group_by(["code", "nation"]).aggregate(
            [("lat", "sum"), ("lng", "sum"), ("lat", "count")]
        )
        names = ("code", "nation", "lat_sum", "lng_sum", "lat_count")
        for code, nation, lat, lng, count in zip(
            *(grouped[name].to_pylist() for name in names), strict=True
        ):
            total = self.sums.setdefault(code, [0.0, 0.0, 0, {}])
            total[0] += lat
            total[1] += lng
            total[2] += count
            total[3][nation] = total[3].get(nation, 0) + count

    def rows(self, kind):
        return [
            (code, kind, lat / count, lng / count, max(nations, key=nations.get))
            for code, (lat, lng, count, nations) in sorted(self.sums.items())
        ]


# The file's country names as nation values; others (Channel Islands, Isle of Man) blank.
NATIONS = {nation.label: nation.value for nation in Nation}


def _insert(rows):
    table = Postcode._meta.db_table
    columns = ("code", "kind", "latitude", "longitude", "nation")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            buffer = io.StringIO()
            csv.writer(buffer).writerows(rows)
            buffer.seek(0)
            cursor.copy_expert(
                # An empty nation (the Channel Islands) is "", not NULL.
                f'COPY "{table}" ({", ".join(columns)}) FROM STDIN '
                "WITH (FORMAT csv, FORCE_NOT_NULL (nation))",
                buffer,
            )
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(
                f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})',  # noqa: S608
                rows,
            )


def load_postcodes(path=None, batch_size=BATCH_SIZE, progress=None):
    """Replace the postcode table with the file's contents; returns what was loaded.

    `progress(n)` is called after each batch with the number of file rows read.
    """
    path = path or bundled_file()
    result = LoadResult()
    sectors, districts = _Centres(), _Centres()
    with transaction.atomic():
        Postcode.objects.all().delete()
        for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size, columns=COLUMNS):
            usable = pc.and_(pc.equal(batch["status"], "live"), pc.is_valid(batch["latitude"]))
            usable = pc.and_(usable, pc.is_valid(batch["longitude"]))
            live = batch.filter(usable)
            codes = pc.utf8_upper(pc.utf8_trim_whitespace(live["postcode"]))
            latitudes, longitudes = live["latitude"], live["longitude"]
            nations = pa.array(
                [NATIONS.get(country, "") for country in live["country"].to_pylist()],
                pa.string(),
            )
            _insert(
                zip(
                    codes.to_pylist(),
                    ["unit"] * len(live),
                    latitudes.to_pylist(),
                    longitudes.to_pylist(),
                    nations.to_pylist(),
                    strict=True,
                )
            )
            # "SW1A 1AA": the sector drops the last two letters, the district is before
            # the space.
            sectors.add(pc.utf8_slice_codeunits(codes, 0, -2), latitudes, longitudes, nations)
            districts.add(
                pc.list_element(pc.split_pattern(codes, " ", max_splits=1), 0),
                latitudes,
                longitudes,
                nations,
            )
            result.units += len(live)
            result.skipped += batch.num_rows - len(live)
            if progress:
                progress(batch.num_rows)
        sector_rows = sectors.rows(Postcode.Kind.SECTOR)
        district_rows = districts.rows(Postcode.Kind.DISTRICT)
        _insert(sector_rows)
        _insert(district_rows)
        result.sectors, result.districts = len(sector_rows), len(district_rows)
    return result
