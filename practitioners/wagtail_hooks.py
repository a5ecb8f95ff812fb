import django_filters
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.reports import report_urls
from treatments.models import TreatmentPage

from .admin_views import UnplacedClinicsView
from .models import REGISTRATION_CHECK_MAX_AGE, Practitioner


class PractitionerFilterSet(WagtailFilterSet):
    treatments = django_filters.ModelChoiceFilter(
        label="Treatment",
        queryset=TreatmentPage.objects.order_by("title"),
        empty_label="Any treatment",
    )

    class Meta:
        model = Practitioner
        fields = ["status", "profession", "registration_body", "treatments"]


class PractitionerViewSet(SnippetViewSet):
    model = Practitioner
    icon = "user"
    menu_label = "Practitioners"
    menu_order = 230
    add_to_admin_menu = True
    list_display = [
        "name",
        "profession",
        "registration_body",
        "registration_number",
        DateColumn("registration_checked_on", label="Register checked"),
        "status",
    ]
    list_export = [
        "name",
        "slug",
        "profession",
        "registration_body",
        "registration_number",
        "registration_checked_on",
        "practising_since",
        "status",
    ]
    filterset_class = PractitionerFilterSet
    # Plain database search, so editors can find someone by registration number too.
    search_backend_name = None
    search_fields = ["name", "registration_number", "clinics__postcode", "clinics__name"]
    ordering = ["name"]


register_snippet(PractitionerViewSet)


class RegistrationChecksDueView(ReportView):
    """Practitioners whose registration was never checked, or not within a year."""

    page_title = "Registration checks due"
    header_icon = "warning"
    index_url_name = "practitioner_registration_checks"
    index_results_url_name = "practitioner_registration_checks_results"
    permission_policy = ModelPermissionPolicy(Practitioner)
    permission_required = "change"
    list_export = ["name", "registration_body", "registration_number", "registration_checked_on"]
    columns = [
        TitleColumn(
            "name",
            label="Practitioner",
            url_name="wagtailsnippets_practitioners_practitioner:edit",
        ),
        Column("registration_body", label="Register"),
        Column("registration_number", label="Number"),
        DateColumn("registration_checked_on", label="Last checked"),
        Column("get_status_display", label="Status"),
    ]

    def get_filename(self):
        return f"registration-checks-due-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        cutoff = timezone.localdate() - REGISTRATION_CHECK_MAX_AGE
        return (
            Practitioner.objects.exclude(registration_body="")
            .exclude(status=Practitioner.Status.HIDDEN)
            .registration_check_due(cutoff)
            .order_by("registration_checked_on", "name")
        )


@hooks.register("register_admin_urls")
def registration_report_urls():
    return report_urls(RegistrationChecksDueView, "registration-checks")


@hooks.register("register_reports_menu_item")
def registration_report_menu_item():
    return MenuItem(
        "Registration checks due",
        reverse("practitioner_registration_checks"),
        name="registration-checks",
        icon_name="warning",
        order=900,
    )


@hooks.register("register_admin_urls")
def unplaced_clinics_report_urls():
    return report_urls(UnplacedClinicsView, "unplaced-clinics")


@hooks.register("register_reports_menu_item")
def unplaced_clinics_report_menu_item():
    return MenuItem(
        "Clinics without a map position",
        reverse(UnplacedClinicsView.index_url_name),
        name="unplaced-clinics",
        icon_name="site",
        order=910,
    )
