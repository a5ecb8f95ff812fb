import django_filters
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import MedicalReviewReportView, ReviewsDuePanel, medical_review_csv
from .feedback import ProblemReport


class ProblemReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=ProblemReport.Status.choices, empty_label="Any")
    kind = django_filters.ChoiceFilter(choices=ProblemReport.Kind.choices, empty_label="Any")

    class Meta:
        model = ProblemReport
        fields = ["status", "kind"]


class ProblemReportViewSet(SnippetViewSet):
    """Readers' 'Report a problem with this page': the queue editors work through."""

    model = ProblemReport
    icon = "warning"
    menu_label = "Problem reports"
    menu_order = 230
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        "title",
        Column("kind", label="Problem", accessor="get_kind_display"),
        Column("status", label="Status", accessor="get_status_display"),
        DateColumn("created_at", label="Reported"),
    ]
    list_filter = None
    filterset_class = ProblemReportFilterSet
    search_fields = ["title", "details", "editor_note"]
    search_backend_name = None
    ordering = ["-created_at"]
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("title", read_only=True),
                        FieldPanel("created_at", read_only=True, heading="Reported"),
                    ]
                ),
                FieldPanel("url", read_only=True),
                FieldPanel("kind", read_only=True),
                FieldPanel("details", read_only=True),
            ],
            heading="The report",
        ),
        FieldPanel("status"),
        FieldPanel("editor_note"),
    ]


register_snippet(ProblemReportViewSet)


@hooks.register("register_admin_urls")
def medical_review_urls():
    return [
        path(
            "reports/medical-review/",
            MedicalReviewReportView.as_view(),
            name="medical_review_report",
        ),
        path("reports/medical-review/csv/", medical_review_csv, name="medical_review_csv"),
    ]


@hooks.register("register_reports_menu_item")
def medical_review_menu_item():
    return MenuItem(
        "Medical review",
        reverse("medical_review_report"),
        name="medical-review",
        icon_name="success",
        order=910,
    )


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(ReviewsDuePanel())
