from django.db import connections, models
from django.db.models import F, Min, Prefetch, Q
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.search.queryset import SearchableQuerySetMixin

from treatments.models import TreatmentPage
from tweakments import renditions

from .geo import (
    bounding_box,
    chord_squared,
    chord_squared_within,
    great_circle_miles,
    miles_from_chord_squared,
)


class ClinicQuerySet(models.QuerySet):
    def located(self):
        return self.filter(latitude__isnull=False, longitude__isnull=False)

    def listed(self):
        """Clinics of practitioners shown to the public."""
        return self.filter(practitioner__status="approved")

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
        nearest clinic as `nearest_chord`, nearest first."""
        return (
            self.values("practitioner")
            .annotate(nearest_chord=Min("chord"))
            .order_by("nearest_chord")
        )

    def by_distance_from(self, origin):
        """All clinics, nearest first; ones without coordinates last."""
        return self.annotate(
            chord=chord_squared(origin), distance=great_circle_miles(F("chord"))
        ).order_by(F("chord").asc(nulls_last=True), "sort_order")


class NearestFirst:
    """Practitioners with a clinic within `miles` of `origin`, by their nearest clinic's
    distance (then name), each with `distance`: countable and sliceable for a Paginator.

    The fast shape is one the ORM can't write, a join to an aggregated subquery: the
    database reduces the clinics in the bounding box to each practitioner's nearest
    (`nearest_per_practitioner`), sorts those, and looks practitioners up by primary key
    only until the page is full. So a slice runs that statement for the page's ids, then
    loads those practitioners through `practitioners`, so its prefetches apply.
    """

    def __init__(self, practitioners, origin, miles):
        clinic = practitioners.model._meta.get_field("clinics").related_model
        self.practitioners = practitioners
        self.clinics_in_radius = clinic.objects.in_radius(origin, miles)

    def count(self):
        # A semi-join on the clinics in range: no need to find which is nearest.
        in_radius = self.clinics_in_radius.values("practitioner")
        return self.practitioners.filter(pk__in=in_radius).count()

    def __getitem__(self, page):
        if not isinstance(page, slice) or page.step is not None:
            raise TypeError("Take a page of results with a slice, e.g. results[10:20].")
        page_chords = self._page_chords(page.start or 0, page.stop)
        found = self.practitioners.in_bulk(page_chords)
        for pk, chord in page_chords.items():
            found[pk].distance = miles_from_chord_squared(chord)
        return [found[pk] for pk in page_chords]

    def __iter__(self):
        return iter(self[:])

    def _page_chords(self, start, stop):
        """{practitioner id: squared chord} for the page, in order. The subqueries' columns
        are named as in their values(): pk, name, practitioner, nearest_chord."""
        connection = connections[self.practitioners.db]
        nearest, nearest_params = (
            self.clinics_in_radius.nearest_per_practitioner()
            .query.get_compiler(connection=connection)
            .as_sql()
        )
        listed, listed_params = (
            self.practitioners.order_by()
            .values("pk", "name")
            .query.get_compiler(connection=connection)
            .as_sql()
        )
        # Both subqueries are the ORM's SQL with placeholders (values travel as parameters),
        # and limit_offset_sql() writes whole numbers.
        sql = (
            f"SELECT listed.pk, nearest.nearest_chord FROM ({nearest}) nearest "  # noqa: S608
            f"INNER JOIN ({listed}) listed ON listed.pk = nearest.practitioner "
            f"ORDER BY nearest.nearest_chord, listed.name, listed.pk "
            f"{connection.ops.limit_offset_sql(start, stop)}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, (*nearest_params, *listed_params))
            return dict(cursor.fetchall())


class PractitionerQuerySet(SearchableQuerySetMixin, models.QuerySet):
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

    def near(self, origin, miles):
        """These practitioners with a clinic within `miles`, nearest first (NearestFirst):
        filter and prefetch before calling it."""
        return NearestFirst(self, origin, miles)

    def directory_search(self, form):
        """Approved practitioners matching a valid DirectorySearchForm: nearest first when
        it names a place; none when the place can't be found (everyone would look like an
        answer)."""
        if form.has_error("postcode"):
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
        return results.for_listing(origin).near(origin, chosen["miles"])

    def for_listing(self, origin=None):
        """What a result card shows: photo renditions, clinics (nearest first), treatments."""
        return self.prefetch_related(*listing_prefetches(self.model, origin))


def listing_prefetches(practitioner_model, origin=None):
    """The prefetches of `for_listing()`, also for practitioners already fetched."""
    clinic = practitioner_model._meta.get_field("clinics").related_model
    clinics = clinic.objects.order_by("sort_order", "pk")
    if origin is not None:
        clinics = clinic.objects.by_distance_from(origin)
    photos = get_image_model().objects.prefetch_renditions(*renditions.PORTRAIT)
    treatments = TreatmentPage.objects.live().public().defer("body").order_by("title")
    return [
        Prefetch("photo", queryset=photos),
        Prefetch("clinics", queryset=clinics),
        Prefetch("treatments", queryset=treatments),
    ]
