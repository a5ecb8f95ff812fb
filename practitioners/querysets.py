from django.db import connections
from django.db.models import F, Min, Prefetch, Q
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.search.queryset import SearchableQuerySetMixin

from core import renditions
from core.models import RowsUpdatedQuerySet
from treatments.models import TreatmentPage

from .geo import (
    bounding_box,
    chord_squared,
    chord_squared_within,
    great_circle_miles,
    miles_from_chord_squared,
)

# A page of the directory's results.
RESULTS_PER_PAGE = 10


class ClinicQuerySet(RowsUpdatedQuerySet):
    def located(self):
        return self.filter(latitude__isnull=False, longitude__isnull=False)

    def listed(self):
        """Clinics of practitioners shown to the public: those of all but the few who are
        not, which the index on status finds, so that counting clinics in range never
        reads every practitioner."""
        practitioner = self.model._meta.get_field("practitioner").related_model
        statuses = [s for s in practitioner.Status.values if s != practitioner.Status.APPROVED]
        unlisted = practitioner.objects.filter(status__in=statuses).values("pk")
        return self.exclude(practitioner__in=unlisted)

    def in_radius(self, origin, miles):
        """Clinics within `miles` of `origin`, unordered: the bounding box for the index,
        then the exact test on `chord` (see geo.py)."""
        return (
            self.filter(**bounding_box(origin, miles))
            .alias(chord=chord_squared(origin))
            .filter(chord__lte=chord_squared_within(miles))
        )

    def within_miles(self, origin, miles):
        """Clinics within `miles` of `origin`, nearest first, each with `distance`."""
        return (
            self.in_radius(origin, miles)
            .annotate(distance=great_circle_miles(F("chord")))
            .order_by("chord", "pk")
        )

    def nearest_per_practitioner(self):
        """On clinics from in_radius(): each practitioner, and the squared chord to their
        nearest clinic as `nearest_chord` (unordered)."""
        return self.values("practitioner").annotate(nearest_chord=Min("chord")).order_by()

    def by_distance_from(self, origin):
        """All clinics, nearest first; ones without coordinates last."""
        return self.annotate(
            chord=chord_squared(origin), distance=great_circle_miles(F("chord"))
        ).order_by(F("chord").asc(nulls_last=True), "sort_order")


class NearestFirst:
    """Practitioners with a clinic within `miles` of `origin`, by their nearest clinic's
    distance, each with `distance`: countable and sliceable for a Paginator. Practitioners
    at the same place (a shared clinic) are in name order within a page.

    One statement gives a page and the count, reading only the clinics in range: the
    database reduces them to each practitioner's nearest (`nearest_per_practitioner`),
    counts those and keeps the page's (top-N, by distance then id). The page's practitioners
    are then loaded through `practitioners`, so its prefetches apply. A Paginator asks for
    the count, then (usually) the first page: `count()` takes that page along.

    The clinics are those of `practitioners`, tested against them in the statement; or
    `clinics`, if given, which must be exactly those (as `Clinic.objects.listed()` are of
    `listed()`) and can be found more cheaply.
    """

    def __init__(self, practitioners, origin, miles, clinics=None):
        self.practitioners = practitioners
        if clinics is None:
            clinic = practitioners.model._meta.get_field("clinics").related_model
            clinics = clinic.objects.filter(practitioner__in=practitioners.order_by().values("pk"))
        self.clinics_in_radius = clinics.in_radius(origin, miles)
        self._count = None
        self._pages = {}

    def count(self):
        if self._count is None:
            self._page_chords(0, RESULTS_PER_PAGE)
        return self._count

    def __getitem__(self, page):
        if not isinstance(page, slice) or page.step is not None:
            raise TypeError("Take a page of results with a slice, e.g. results[10:20].")
        page_chords = self._page_chords(page.start or 0, page.stop)
        found = self.practitioners.in_bulk(page_chords)
        results = []
        for pk, chord in page_chords.items():
            if pk in found:  # else no longer listed since the statement ran
                found[pk].distance = miles_from_chord_squared(chord)
                results.append(found[pk])
        return sorted(
            results, key=lambda practitioner: (page_chords[practitioner.pk], practitioner.name)
        )

    def __iter__(self):
        return iter(self[:])

    def _page_chords(self, start, stop):
        """{practitioner id: squared chord} for the page, in order; notes the count."""
        if (start, stop) in self._pages:
            return self._pages[start, stop]
        connection = connections[self.practitioners.db]
        nearest, params = (
            self.clinics_in_radius.nearest_per_practitioner()
            .query.get_compiler(connection=connection)
            .as_sql()
        )
        # The ORM's SQL with placeholders (values travel as parameters), its columns named
        # as in values(); limit_offset_sql() writes whole numbers. The window counts every
        # practitioner found before the page is cut.
        sql = (
            "SELECT practitioner, nearest_chord, COUNT(*) OVER () "  # noqa: S608
            f"FROM ({nearest}) nearest ORDER BY nearest_chord, practitioner "
            f"{connection.ops.limit_offset_sql(start, stop)}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if rows:
            self._count = rows[0][2]
        elif start == 0:
            self._count = 0
        elif self._count is None:  # past the end: the count needs a page with something on it
            self.count()
        page_chords = {pk: chord for pk, chord, _found in rows}
        self._pages[start, stop] = page_chords
        return page_chords


class PractitionerQuerySet(SearchableQuerySetMixin, RowsUpdatedQuerySet):
    def with_unplaced_clinics(self):
        """Practitioners with a clinic that has no map position: distance search misses it."""
        return self.filter(
            Q(clinics__latitude__isnull=True) | Q(clinics__longitude__isnull=True)
        ).distinct()

    def listed(self):
        return self.filter(status="approved")

    def practising_for_at_least(self, years):
        if not years:
            return self
        return self.filter(practising_since__lte=timezone.localdate().year - years)

    def registration_check_due(self, cutoff):
        """Never checked against their register, or last checked before `cutoff`."""
        return self.filter(
            Q(registration_checked_on__isnull=True) | Q(registration_checked_on__lt=cutoff)
        )

    def near(self, origin, miles, clinics=None):
        """These practitioners with a clinic within `miles`, nearest first (NearestFirst):
        filter and prefetch before calling it."""
        return NearestFirst(self, origin, miles, clinics)

    def directory_search(self, form):
        """Approved practitioners matching a valid DirectorySearchForm: nearest first when
        it names a place; none when the place can't be found (everyone would look like an
        answer), nor for a reader under 18 (no one to book)."""
        if form.has_error("postcode") or form.chosen["under18"]:
            return self.none()
        chosen = form.chosen
        results = self.listed().practising_for_at_least(chosen["years"])
        if chosen["treatment"]:
            results = results.filter(treatments=chosen["treatment"])
        if chosen["profession"]:
            results = results.filter(profession=chosen["profession"])
        if form.location is None:
            return results.for_listing().order_by("name", "pk")
        origin = form.location.point
        narrowed = chosen["years"] or chosen["treatment"] or chosen["profession"]
        clinic = self.model._meta.get_field("clinics").related_model
        clinics = None if narrowed else clinic.objects.listed()
        return results.for_listing(origin).near(origin, chosen["miles"], clinics)

    def for_listing(self, origin=None, photo_sizes=renditions.PORTRAIT):
        """What a result card shows: photo renditions, clinics (nearest first), treatments.
        A profile asks for its own photo sizes: a prefetched picture finds only those."""
        clinic = self.model._meta.get_field("clinics").related_model
        clinics = clinic.objects.order_by("sort_order", "pk")
        if origin is not None:
            clinics = clinic.objects.by_distance_from(origin)
        photos = get_image_model().objects.prefetch_renditions(*photo_sizes)
        treatments = TreatmentPage.objects.live().public().for_links().order_by("title")
        return self.prefetch_related(
            Prefetch("photo", queryset=photos),
            Prefetch("clinics", queryset=clinics),
            Prefetch("treatments", queryset=treatments),
        )
