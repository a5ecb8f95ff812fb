"""Editors' reports on health content: reviews due, sources missing, reading age."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from articles.readability import READING_AGE_TARGET
from core.sites import absolute_url

from .health import due_for_review, health_items

# The report's views of the content, by ?show=.
VIEWS = {
    "due": "Overdue or due within 30 days",
    "unsourced": "Without sources",
    "hard-to-read": f"Reading age above {READING_AGE_TARGET}",
    "all": "All health content",
}
FORMULA_STARTS = ("=", "+", "-", "@")


def require_admin(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied


def chosen_view(request):
    show = request.GET.get("show", "due")
    return show if show in VIEWS else "due"


def report_items(show):
    if show == "due":
        return due_for_review()
    items = health_items()
    if show == "unsourced":
        return [item for item in items if not item.content.source_list]
    if show == "hard-to-read":
        return sorted(
            (item for item in items if item.hard_to_read),
            key=lambda item: item.reading_age,
            reverse=True,
        )
    return items


class MedicalReviewReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Medical review"
    header_icon = "success"
    template_name = "home/admin/medical_review_report.html"

    def dispatch(self, request, *args, **kwargs):
        require_admin(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        show = chosen_view(self.request)
        context.update(
            show=show,
            views=VIEWS,
            items=report_items(show),
            today=timezone.localdate(),
            target=READING_AGE_TARGET,
        )
        return context


def csv_cell(value):
    value = "" if value is None else str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def medical_review_csv(request):
    require_admin(request)
    show = chosen_view(request)
    today = timezone.localdate()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="medical-review-{show}-{today.isoformat()}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(
        [
            "title",
            "type",
            "reviewed_by",
            "last_reviewed",
            "next_review_due",
            "status",
            "sources",
            "reading_age",
            "url",
        ]
    )
    for item in report_items(show):
        content = item.content
        writer.writerow(
            csv_cell(value)
            for value in [
                item.title,
                item.kind,
                content.reviewed_by.name if content.reviewed_by else "",
                content.last_reviewed,
                content.next_review_due,
                item.review_status(today),
                len(content.source_list),
                item.reading_age,
                absolute_url(item.url) if item.url else "",
            ]
        )
    return response


class ReviewsDuePanel(Component):
    """Dashboard: health content overdue for review or due within 30 days."""

    name = "reviews_due"
    template_name = "home/admin/reviews_due_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        due = due_for_review(today)
        overdue = [item for item in due if item.review_status(today) in ("overdue", "unreviewed")]
        return {
            "overdue": overdue,
            "due_soon": [item for item in due if item not in overdue],
            "report_url": reverse("medical_review_report"),
        }
