from core.feeds import SiteFeed
from core.models import SiteSettings

FEED_LENGTH = 20


class IssueFeed(SiteFeed):
    """RSS 2.0 of the newest sent issues (served at /newsletter/issues/feed/)."""

    def __init__(self, archive_page):
        super().__init__()
        self.archive_page = archive_page

    def title(self):
        site_name = SiteSettings.load(request_or_site=self.request).site_name
        return f"{site_name}: {self.archive_page.title}"

    def link(self):
        return self.archive_page.get_full_url(self.request)

    def description(self):
        return self.archive_page.get_meta_description()

    def items(self):
        return self.archive_page.issues[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.preheader or item.subject

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.sent_at
