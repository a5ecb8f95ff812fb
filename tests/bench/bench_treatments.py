"""Finder response time with 500 treatments and three filters (run with -m bench)."""

import statistics
import time

import pytest
import wagtail_factories

from tests.treatments.factories import (
    AreaFactory,
    ConcernFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)

TREATMENTS = 500
REQUESTS = 200


@pytest.mark.bench
@pytest.mark.django_db
def test_finder_with_500_treatments_and_three_filters(client, home_page):
    finder = TreatmentIndexPageFactory(parent=home_page)
    concerns = [ConcernFactory() for _ in range(12)]
    areas = [AreaFactory() for _ in range(6)]
    picture = wagtail_factories.ImageFactory()
    for number in range(TREATMENTS):
        TreatmentPageFactory(
            parent=finder,
            hero_image=picture,
            price_from=50 + (number * 37) % 2000,
            price_to=350 + (number * 37) % 2000,
            downtime=number % 3,
            concerns=[concerns[number % 12], concerns[(number * 5) % 12]],
            areas=[areas[number % 6]],
        )
    query = {"concern": [concerns[0].slug, concerns[5].slug], "budget": "1000", "downtime": "1"}
    first = client.get("/tweakments/", query)  # renditions made once
    assert first.status_code == 200
    timings = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        response = client.get("/tweakments/", query)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    timings.sort()
    print(
        f"\nFinder, {TREATMENTS} treatments, 3 filters, {REQUESTS} requests (page cache off): "
        f"median {statistics.median(timings):.1f} ms, "
        f"p90 {timings[int(REQUESTS * 0.9)]:.1f} ms, max {timings[-1]:.1f} ms"
    )
