"""The Video Hub's filters and paging.

Filters come from the query string and are checked by a form; a value that does not
validate is dropped with a notice, so a stale or mangled link still shows videos.
"""

from django import forms
from django.core.paginator import Paginator
from django.utils.functional import cached_property

from core.renditions import prefetch_renditions

VIDEOS_PER_PAGE = 12
SELECT = forms.Select(attrs={"class": "form-select"})


class VideoFilterForm(forms.Form):
    concern = forms.ChoiceField(label="Concern", required=False, widget=SELECT)
    area = forms.ChoiceField(label="Area", required=False, widget=SELECT)
    treatment = forms.ChoiceField(label="Treatment", required=False, widget=SELECT)
    expert = forms.TypedChoiceField(
        label="Expert", required=False, coerce=int, empty_value=None, widget=SELECT
    )

    def __init__(self, data, *, concerns, areas, treatments, experts):
        super().__init__(data)
        choices = {
            "concern": [(option.slug, option.name) for option in concerns],
            "area": [(option.slug, option.name) for option in areas],
            "treatment": [(option.slug, option.title) for option in treatments],
            "expert": [(option.pk, option.name) for option in experts],
        }
        for name, options in choices.items():
            self.fields[name].choices = [("", f"Any {name}"), *options]

    @cached_property
    def chosen(self):
        """The filters that validated; the rest are ignored."""
        self.is_valid()
        return {
            name: self.cleaned_data[name]
            for name in self.fields
            if name not in self.errors and self.cleaned_data.get(name)
        }

    @property
    def notices(self):
        return [
            f"We didn't recognise the {self.fields[name].label.lower()} in the link, "
            "so we left it out."
            for name in self.errors
        ]


class VideoHubListing:
    """One page of the hub: the featured video, the filtered grid and its pager."""

    def __init__(self, query, videos, options, featured_id):
        self.form = VideoFilterForm(query, **options)
        self.query = query
        self.videos = videos
        self.featured_id = featured_id

    @property
    def is_filtered(self):
        return bool(self.form.chosen)

    @cached_property
    def filtered(self):
        videos = self.videos
        chosen = self.form.chosen
        if "concern" in chosen:
            videos = videos.for_concern(chosen["concern"])
        if "area" in chosen:
            videos = videos.in_area(chosen["area"])
        if "treatment" in chosen:
            videos = videos.about_treatment(chosen["treatment"])
        if "expert" in chosen:
            videos = videos.by_expert(chosen["expert"])
        if not chosen and self.featured:
            # It is at the top already.
            videos = videos.exclude(pk=self.featured.pk)
        return videos

    @cached_property
    def featured(self):
        if self.form.chosen or not self.featured_id:
            return None
        return self.videos.filter(pk=self.featured_id).first()

    @cached_property
    def page(self):
        return Paginator(self.filtered, VIDEOS_PER_PAGE).get_page(self.query.get("page"))

    @property
    def show_featured(self):
        return self.featured is not None and self.page.number == 1

    @cached_property
    def all_shown(self):
        """The videos this page shows, with their posters' renditions."""
        shown = [self.featured, *self.page] if self.show_featured else list(self.page)
        prefetch_renditions(video.poster for video in shown)
        return shown
