"""Admin reports about practitioners (registered in wagtail_hooks.py)."""

from django.db.models import Prefetch
from django.utils import timezone
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Clinic, Practitioner


class UnplacedClinicsView(ReportView):
    """Practitioners with a clinic that has no map position, so distance search misses it.

    A postcode the postcode data lacks (mistyped, or brand new) leaves a clinic unplaced.
    """

    page_title = "Clinics without a map position"
    header_icon = "site"
    index_url_name = "practitioner_unplaced_clinics"
    index_results_url_name = "practitioner_unplaced_clinics_results"
    permission_policy = ModelPermissionPolicy(Practitioner)
    permission_required = "change"
    list_export = ["name", "unplaced_postcodes", "status"]
    export_headings = {"unplaced_postcodes": "Clinic postcodes without a position"}
    columns = [
        TitleColumn(
            "name",
            label="Practitioner",
            url_name="wagtailsnippets_practitioners_practitioner:edit",
        ),
        Column("unplaced_postcodes", label="Clinic postcodes without a position"),
        Column("get_status_display", label="Status"),
    ]

    def get_filename(self):
        return f"clinics-without-a-map-position-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        unplaced = Clinic.objects.filter(latitude__isnull=True) | Clinic.objects.filter(
            longitude__isnull=True
        )
        return (
            Practitioner.objects.with_unplaced_clinics()
            .prefetch_related(Prefetch("clinics", unplaced, to_attr="unplaced_clinics"))
            .order_by("name")
        )
