"""The Chatbot area of the Wagtail admin: survey results, content gaps, dashboard panel."""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.sites import absolute_url
from questions.models import QUESTION_MAX_LENGTH, Question, admin_edit_url

from .gaps import content_gaps
from .models import SurveyResponse

VIEW_PERMISSION = "chatbot.view_conversation"
REPORT_DAYS = 90
WEEK = datetime.timedelta(days=7)
# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHART_WEEKS = 12
# The survey chart's geometry, in SVG units: the plot's height, the room left of it (the
# y axis), above it (the tallest bar's value) and below it (week labels, the axis title).
PLOT_HEIGHT, PLOT_LEFT, PLOT_TOP, PLOT_BELOW = 160, 64, 20, 44
BAR, GAP = 34, 20
Y_TICKS = (0, 25, 50, 75, 100)
# (label, colour) of each week's three bars, in order; the legend uses the same.
SURVEY_SERIES = (
    ("Found it helpful", "#2e7d32"),
    ("Would use it again", "#1565c0"),
    ("Average rating, out of 5", "#6b1f5c"),
)


def require_view_permission(request):
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied


def percent(share):
    return None if share is None else round(share * 100)


def survey_bars(week):
    """(height in percent, value written above it) of a week's three bars, in the order
    of SURVEY_SERIES; None for a question nobody answered that week."""
    helpful, use_again, rating = percent(week.helpful), percent(week.use_again), week.rating
    return [
        None if helpful is None else (helpful, f"{helpful}%"),
        None if use_again is None else (use_again, f"{use_again}%"),
        None if rating is None else (round(rating / 5 * 100), f"{rating:.1f}"),
    ]


def weekly_chart(weeks):
    """The survey chart of the last CHART_WEEKS weeks: three bars a week, each with its
    value written above it, on a y axis in percent (the rating as a share of 5)."""
    columns = []
    for n, week in enumerate(weeks[-CHART_WEEKS:]):
        x = PLOT_LEFT + GAP + n * (3 * BAR + GAP)
        bars = []
        for i, (bar, (series, colour)) in enumerate(
            zip(survey_bars(week), SURVEY_SERIES, strict=True)
        ):
            if bar is None:
                continue
            value, label = bar
            height = round(value / 100 * PLOT_HEIGHT)
            bars.append(
                {
                    "x": x + i * BAR,
                    "y": PLOT_TOP + PLOT_HEIGHT - height,
                    "height": height,
                    "middle": x + i * BAR + (BAR - 2) / 2,
                    "label": label,
                    "series": series,
                    "colour": colour,
                }
            )
        columns.append({"monday": week.monday, "middle": x + (3 * BAR - 2) / 2, "bars": bars})
    baseline = PLOT_TOP + PLOT_HEIGHT
    width = PLOT_LEFT + len(columns) * (3 * BAR + GAP) + GAP
    return {
        "columns": columns,
        "series": SURVEY_SERIES,
        "bar_width": BAR - 2,
        "y_ticks": [
            {"label": f"{tick}%", "y": baseline - round(tick / 100 * PLOT_HEIGHT)}
            for tick in Y_TICKS
        ],
        "left": PLOT_LEFT,
        "top": PLOT_TOP,
        "baseline": baseline,
        "middle_y": PLOT_TOP + PLOT_HEIGHT / 2,
        "middle_x": (PLOT_LEFT + width) / 2,
        "width": width,
        "height": baseline + PLOT_BELOW,
    }


class ChatbotReportView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "comment"

    def dispatch(self, request, *args, **kwargs):
        require_view_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [{"url": "", "label": "Chatbot"}, {"url": "", "label": self.page_title}]


class SurveyResultsView(ChatbotReportView):
    page_title = "Survey results"
    template_name = "chatbot/admin/survey_results.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        weeks = SurveyResponse.objects.by_week()
        context.update(
            weeks=list(reversed(weeks)),
            chart=weekly_chart(weeks),
            latest=SurveyResponse.objects.order_by("-created_at")[:20],
        )
        return context


class ContentGapsView(ChatbotReportView):
    page_title = "Content gaps"
    template_name = "chatbot/admin/content_gaps.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            gaps=content_gaps(REPORT_DAYS),
            days=REPORT_DAYS,
            can_draft=self.request.user.has_perm("questions.add_question"),
        )
        return context


def csv_cell(value):
    value = str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def content_gaps_csv(request):
    require_view_permission(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"chatbot-content-gaps-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(["question", "count", "declined", "thumbs_down", "examples", "nearest_page"])
    for gap in content_gaps(REPORT_DAYS):
        nearest = gap.nearest_page
        writer.writerow(
            csv_cell(value)
            for value in [
                gap.question,
                gap.count,
                gap.declined,
                gap.thumbs_down,
                " | ".join(gap.examples),
                absolute_url(nearest[1]) if nearest else "",
            ]
        )
    return response


@require_POST
def draft_answer(request):
    """An Ask Alice question from a gap, waiting in moderation for an editor to answer."""
    require_view_permission(request)
    if not request.user.has_perm("questions.add_question"):
        raise PermissionDenied
    text = " ".join(request.POST.get("question", "").split())[:QUESTION_MAX_LENGTH]
    if not text:
        return redirect("chatbot_gaps")
    question = Question.objects.create(question=text, name="Chatbot visitors", anonymous=True)
    return redirect(admin_edit_url(question))


class ChatbotPanel(Component):
    """Dashboard: this week's survey rating and the top content gap."""

    name = "chatbot"
    template_name = "chatbot/admin/dashboard_panel.html"
    order = 160

    def get_context_data(self, parent_context):
        week = SurveyResponse.objects.filter(created_at__gte=timezone.now() - WEEK).aggregate(
            responses=Count("id"), rating=Avg("rating")
        )
        gaps = content_gaps(WEEK.days)
        return {
            "responses": week["responses"],
            "rating": week["rating"],
            "top_gap": gaps[0] if gaps else None,
            "survey_url": reverse("chatbot_survey"),
            "gaps_url": reverse("chatbot_gaps"),
        }
