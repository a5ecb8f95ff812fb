"""Radius search over 10,000 and 100,000 clinics across the UK.

Run with PostgreSQL in DATABASE_URL:
    .venv/bin/python -m pytest -m bench -s tests/bench/bench_practitioners.py

Prints the median time of ≥ 200 random searches at 3, 10 and 50 miles for the clinic
query (`Clinic.objects.within_miles`) and for what the directory runs (first page of
practitioners by nearest clinic, plus the count), then the query plans (analysed on PostgreSQL),
which should show the `clinic_location` index narrowing the bounding box.
"""

import random
import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practitioners.geo import Point
from practitioners.models import Clinic, Practitioner

# Committed, not rolled back, so that the tables can be vacuumed as a live database's are.
pytestmark = [pytest.mark.bench, pytest.mark.django_db(transaction=True)]

SEARCHES = 200
RADII = (3, 10, 50)
CLINICS_PER_PRACTITIONER = 2
# Population centres (latitude, longitude, weight): most clinics are in towns.
TOWNS = [
    (51.507, -0.128, 30),
    (53.480, -2.243, 8),
    (52.486, -1.890, 8),
    (53.800, -1.549, 5),
    (55.864, -4.252, 5),
    (53.408, -2.991, 4),
    (55.953, -3.188, 4),
    (51.454, -2.588, 4),
    (54.978, -1.618, 3),
    (53.383, -1.465, 3),
    (52.954, -1.158, 3),
    (51.482, -3.179, 3),
    (52.636, -1.133, 2),
    (50.822, -0.137, 3),
    (51.752, -1.258, 2),
    (52.205, 0.122, 2),
    (50.909, -1.404, 2),
    (50.376, -4.143, 1),
    (57.149, -2.094, 1),
    (53.959, -1.082, 1),
    (51.380, -2.360, 1),
    (50.722, -3.533, 1),
    (52.630, 1.297, 1),
    (51.621, -3.944, 1),
    (56.462, -2.970, 1),
    (57.478, -4.224, 1),
    (53.745, -0.336, 1),
    (51.899, -2.078, 1),
]
# Rough mainland box for the rural share.
UK_BOX = ((50.2, 55.8), (-4.5, 1.5))


def random_point(rng):
    if rng.random() < 0.15:
        return rng.uniform(*UK_BOX[0]), rng.uniform(*UK_BOX[1])
    lat, lng, _ = rng.choices(TOWNS, weights=[town[2] for town in TOWNS])[0]
    return rng.gauss(lat, 0.12), rng.gauss(lng, 0.18)


def add_clinics(count, rng, first_number):
    practitioners = Practitioner.objects.bulk_create(
        [
            Practitioner(
                name=f"Practitioner {first_number + number}",
                slug=f"practitioner-{first_number + number}",
                profession="doctor",
                practising_since=rng.randint(1980, 2025),
                status="approved",
            )
            for number in range(count // CLINICS_PER_PRACTITIONER)
        ],
        batch_size=5000,
    )
    clinics = []
    for practitioner in practitioners:
        for order in range(CLINICS_PER_PRACTITIONER):
            lat, lng = random_point(rng)
            clinics.append(
                Clinic(
                    practitioner=practitioner,
                    sort_order=order,
                    name=f"Clinic {practitioner.pk}-{order}",
                    address="1 High Street",
                    postcode="SW1A 1AA",
                    latitude=lat,
                    longitude=lng,
                )
            )
    Clinic.objects.bulk_create(clinics, batch_size=5000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # What autovacuum does after a bulk load: statistics, and the visibility map
            # that lets the covering index answer without visiting the table.
            cursor.execute(f"VACUUM ANALYZE {Clinic._meta.db_table}, {Practitioner._meta.db_table}")


def median_ms(search, origins):
    times = []
    for origin in origins:
        started = time.perf_counter()
        search(origin)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def clinic_search(miles):
    return lambda origin: len(list(Clinic.objects.within_miles(origin, miles)))


def directory_search(miles):
    # As the directory runs it with no other filter (PractitionerQuerySet.directory_search).
    def search(origin):
        results = Practitioner.objects.listed().near(origin, miles, Clinic.objects.listed())
        return results.count(), list(results[:10])

    return search


def report(total, rng):
    origins = [Point(*random_point(rng)) for _ in range(SEARCHES)]
    for miles in RADII:
        found = statistics.median(
            Clinic.objects.within_miles(origin, miles).count() for origin in origins[:20]
        )
        print(
            f"{connection.vendor:>10} {total:>7,} clinics {miles:>3} miles: "
            f"clinics {median_ms(clinic_search(miles), origins):7.2f} ms, "
            f"directory page {median_ms(directory_search(miles), origins):7.2f} ms "
            f"(median {found:,.0f} clinics in range; {SEARCHES} searches)"
        )


def test_radius_search_speed():
    rng = random.Random(2026)
    print()
    started = time.perf_counter()
    add_clinics(10_000, rng, 0)
    print(f"bulk-created 10,000 clinics in {time.perf_counter() - started:.1f} s")
    report(10_000, rng)
    started = time.perf_counter()
    add_clinics(90_000, rng, 5_000)
    print(f"bulk-created 90,000 more clinics in {time.perf_counter() - started:.1f} s")
    report(100_000, rng)
    london = Point(51.507, -0.128)
    plan = Clinic.objects.within_miles(london, 10).explain(
        **({"analyze": True} if connection.vendor == "postgresql" else {})
    )
    print(f"Query plan of a 10-mile clinic search from central London:\n{plan}")
    assert "clinic_location" in plan
    # The directory's statements are built by NearestFirst: capture and explain them.
    with CaptureQueriesContext(connection) as directory:
        directory_search(10)(london)
    explain = "EXPLAIN ANALYZE" if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN"
    for name, query in zip(("page and count", "page's rows"), directory, strict=True):
        with connection.cursor() as cursor:
            cursor.execute(f"{explain} {query['sql']}")
            rows = "\n".join(str(row[-1]) for row in cursor.fetchall())
        print(f"Query plan of the directory's {name}, 10 miles from central London:\n{rows}")
