from django.db import models
from django.db.models import F, Min, Prefetch, Q
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.search.queryset import SearchableQuerySetMixin

from treatments.models import TreatmentPage
from tweakments import renditions

from .geo import bounding_box, great_circle_miles


class ClinicQuerySet(models.QuerySet):
    def located(self):
        return self.filter(latitude__isnull=False, longitude__isnull=False)

    def listed(self):
        """Clinics of practitioners shown to the public."""
        return self.filter(practitioner__status="approved")

    def within_miles(self, origin, miles):
        """Clinics within `miles` of `origin`, nearest first, each with `distance`."""
        return (
            self.filter(**bounding_box(origin, miles))
            .annotate(distance=great_circle_miles(origin))
            .filter(distance__lte=miles)
            .order_by("distance", "pk")
        )

    def by_distance_from(self, origin):
        """All clinics, nearest first; ones without coordinates last."""
        return self.annotate(distance=great_circle_miles(origin)).order_by(
            F("distance").asc(nulls_last=True), "sort_order"
        )


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
        """Practitioners with a clinic within `miles`, by their nearest clinic's distance.

        The clinics' bounding box is applied before the aggregate, so the database only
        measures clinics inside it (see geo.py), then keeps those truly within range.
        """
        return (
            self.filter(**bounding_box(origin, miles, prefix="clinics__"))
            .annotate(distance=Min(great_circle_miles(origin, prefix="clinics__")))
            .filter(distance__lte=miles)
            .order_by("distance", "name", "pk")
        )

    def for_listing(self, origin=None):
        """What a result card shows: photo renditions, clinics (nearest first), treatments."""
        from .models import Clinic

        clinics = Clinic.objects.order_by("sort_order", "pk")
        if origin is not None:
            clinics = Clinic.objects.by_distance_from(origin)
        photos = get_image_model().objects.prefetch_renditions(*renditions.PORTRAIT)
        treatments = TreatmentPage.objects.live().public().defer("body").order_by("title")
        return self.prefetch_related(
            Prefetch("photo", queryset=photos),
            Prefetch("clinics", queryset=clinics),
            Prefetch("treatments", queryset=treatments),
        )
