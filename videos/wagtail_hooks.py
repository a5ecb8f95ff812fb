"""The Videos area of the admin: a listing with search and filters, and save-time warnings."""

import django_filters
from django.contrib import messages
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from articles.models import Expert

from .models import VideoPage


def editor_warnings(page):
    """What an editor should fix, though the video may stay live."""
    warnings = []
    if page.is_youtube and page.needs_transcript:
        warnings.append("No transcript: readers who can't hear it, and site search, miss it.")
    if page.is_youtube and not page.captions_id:
        warnings.append("No caption file: YouTube's own captions are all readers get.")
    return warnings


class VideoPageFilterSet(PageListingViewSet.filterset_class):
    source = django_filters.ChoiceFilter(
        label="Source",
        choices=[("file", "Our own file"), ("youtube", "YouTube")],
        method="filter_source",
        empty_label="Any source",
    )
    expert = django_filters.ModelChoiceFilter(label="Expert", queryset=Expert.objects.all())

    class Meta:
        model = VideoPage
        fields = []

    def filter_source(self, queryset, name, value):
        if value == "youtube":
            return queryset.exclude(youtube_id="")
        return queryset.filter(youtube_id="")


class VideoIndexView(IndexView):
    default_ordering = "-date"


class VideoPageListingViewSet(PageListingViewSet):
    """Videos, next to Articles and Treatments: newest first, with "Add video" at the top."""

    model = VideoPage
    icon = "media"
    menu_label = "Videos"
    menu_order = 130
    add_to_admin_menu = True
    index_view_class = VideoIndexView
    filterset_class = VideoPageFilterSet
    columns = [
        *IndexView.base_columns[:2],  # bulk actions, title
        DateColumn("date", label="Published on", sort_key="date", width="12%"),
        Column(
            "source",
            label="Source",
            accessor=lambda page: "YouTube" if page.is_youtube else "Our file",
        ),
        # Updated and status; every video's parent is the hub, so no Parent column.
        *IndexView.base_columns[3:],
        Column("warnings", label="To check", accessor=lambda page: " ".join(editor_warnings(page))),
    ]


@hooks.register("register_admin_viewset")
def register_video_listing():
    return VideoPageListingViewSet("videos")


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_missing_text(request, page):
    if isinstance(page.specific, VideoPage):
        for warning in editor_warnings(page.specific):
            messages.warning(request, warning)
