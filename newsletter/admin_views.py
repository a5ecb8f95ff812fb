"""The Subscribers area of the Wagtail admin: listing, edit form, CSV export, dashboard."""

import csv
import datetime

import django_filters
from django import forms
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from taggit.models import Tag
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets import HeaderButton

from .deliveries import Mailing
from .forms import InterestsField
from .models import Subscriber

EXPORT_PERMISSION = "newsletter.export_subscribers"
# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WEEK = datetime.timedelta(days=7)
GROWTH_WEEKS = 12
CHART_HEIGHT = 80
CHART_BAR_WIDTH = 24


def interests_in_use(request):
    return Tag.objects.filter(
        pk__in=Subscriber.interests.through.objects.values("tag_id")
    ).order_by("name")


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        choices=Subscriber.Status.choices, widget=forms.RadioSelect, empty_label="All"
    )
    interests = django_filters.ModelMultipleChoiceFilter(
        queryset=interests_in_use, widget=forms.CheckboxSelectMultiple, label="Interested in"
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Signed up", widget=DateRangePickerWidget
    )
    confirmed_at = django_filters.DateFromToRangeFilter(
        label="Confirmed", widget=DateRangePickerWidget
    )

    class Meta:
        model = Subscriber
        fields = ["status", "interests", "created_at", "confirmed_at"]


class SubscriberAdminForm(WagtailAdminModelForm):
    """Editors can correct a name or topics and unsubscribe someone who asks by other
    means; only the reader's own click on the confirmation link confirms them."""

    interests = InterestsField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = {self.instance.status, Subscriber.Status.UNSUBSCRIBED}
        status = self.fields["status"]
        status.choices = [
            (value, label) for value, label in Subscriber.Status.choices if value in allowed
        ]
        status.help_text = (
            "Choose Unsubscribed when someone asks to leave by e-mail or phone. "
            "Only the reader's own click on the confirmation link confirms them."
        )


class AddressColumn(TitleColumn):
    """The listing's address column: one line per address (newsletter-admin.css), a long
    one cut short with an ellipsis and shown whole in its tooltip."""

    def get_link_attrs(self, instance, parent_context):
        return {**super().get_link_attrs(instance, parent_context), "title": instance.email}


class SubscriberIndexView(IndexView):
    def _get_title_column(self, field_name, column_class=AddressColumn, **kwargs):
        # Wagtail builds the first list_display column (link, actions) here.
        return super()._get_title_column(
            field_name, column_class, classname="subscriber-address", **kwargs
        )

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("interests")

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm(EXPORT_PERMISSION):
            buttons.append(
                HeaderButton(
                    "Export confirmed (CSV)",
                    url=reverse("subscribers:export"),
                    icon_name="download",
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = Subscriber.objects.status_counts()
        context["status_counts"] = [
            (label, counts[value]) for value, label in Subscriber.Status.choices
        ]
        confirmed = Subscriber.objects.confirmed()
        context["topic_counts"] = confirmed.topic_counts()
        context["growth_chart"] = growth_chart(confirmed.weekly_confirmations(GROWTH_WEEKS))
        return context


def growth_chart(weeks):
    """Bars (x, y, height, Monday, count) for a small SVG of confirmations per week."""
    tallest = max((count for _, count in weeks), default=0) or 1
    bars = []
    for number, (monday, count) in enumerate(weeks):
        height = round(CHART_HEIGHT * count / tallest)
        bars.append(
            {
                "x": number * (CHART_BAR_WIDTH + 4),
                "y": CHART_HEIGHT - height,
                "height": height,
                "monday": monday,
                "count": count,
            }
        )
    return {
        "bars": bars,
        "bar_width": CHART_BAR_WIDTH,
        "width": len(weeks) * (CHART_BAR_WIDTH + 4),
        "height": CHART_HEIGHT,
    }


def csv_cell(value):
    value = str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


class _Echo:
    def write(self, value):
        return value


def export_confirmed(request):
    """Every confirmed subscriber as CSV, streamed, for editors allowed to export."""
    if not request.user.has_perm(EXPORT_PERMISSION):
        return permission_denied(request)
    subscribers = (
        Subscriber.objects.confirmed().prefetch_related("interests").order_by("confirmed_at")
    )
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow(
            ["email", "first_name", "interests", "confirmed_at", "consent_version", "source"]
        )
        for subscriber in subscribers.iterator(chunk_size=1000):
            yield writer.writerow(
                csv_cell(value)
                for value in [
                    subscriber.email,
                    subscriber.first_name,
                    "; ".join(sorted(tag.name for tag in subscriber.interests.all())),
                    subscriber.confirmed_at.isoformat(),
                    subscriber.consent_version,
                    subscriber.source_path,
                ]
            )

    filename = f"subscribers-{timezone.localdate().isoformat()}.csv"
    return StreamingHttpResponse(
        rows(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


class SubscribersPanel(Component):
    """Dashboard panel: how the list is growing, and how the last issue went out."""

    name = "newsletter_subscribers"
    template_name = "newsletter/admin/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        counts = Subscriber.objects.status_counts()
        last_mailing = Mailing.objects.last_started()
        return {
            "last_mailing": last_mailing,
            "last_progress": last_mailing.progress() if last_mailing else None,
            "new_this_week": Subscriber.objects.confirmed_since(timezone.now() - WEEK).count(),
            "confirmed": counts[Subscriber.Status.CONFIRMED],
            "pending": counts[Subscriber.Status.PENDING],
            "index_url": reverse("subscribers:index"),
        }
