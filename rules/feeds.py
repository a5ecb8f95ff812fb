import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from core.models import SiteSettings

FEED_LENGTH = 30


class RuleChangesFeed(Feed):
    """Atom feed of the tracker's changes: its entries, the most recently published first
    (at /uk-rules/feed/)."""

    feed_type = Atom1Feed

    def __init__(self, tracker):
        super().__init__()
        self.tracker = tracker

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        site_name = SiteSettings.load(request_or_site=self.request).site_name
        return f"{site_name}: {self.tracker.title}"

    def link(self):
        return self.tracker.get_full_url(self.request)

    def feed_url(self):
        return self.link() + self.tracker.reverse_subpage("feed")

    def subtitle(self):
        return self.tracker.get_meta_description()

    def items(self):
        entries = self.tracker.entries.prefetch_related(None)
        return entries.order_by("-last_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, entry):
        return f"{entry.title} ({entry.get_stage_display()}, {entry.where})"

    def item_description(self, entry):
        return entry.what_it_means

    def item_link(self, entry):
        return entry.get_full_url(self.request)

    def item_pubdate(self, entry):
        return entry.first_published_at

    def item_updateddate(self, entry):
        """When it was last published; an entry made without publishing (an import) by
        its latest date."""
        if entry.last_published_at:
            return entry.last_published_at
        return datetime.datetime.combine(entry.latest_date, datetime.time(), datetime.UTC)

    def item_categories(self, entry):
        return [entry.get_stage_display(), *(nation.label for nation in entry.nations)]
