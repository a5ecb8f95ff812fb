from core.feeds import SiteFeed
from core.models import SiteSettings

FEED_LENGTH = 20


class ArticleFeed(SiteFeed):
    """RSS 2.0 of the newest articles under one index page (served at /news/feed/)."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def title(self):
        site_name = SiteSettings.load(request_or_site=self.request).site_name
        return f"{site_name}: {self.index_page.title}"

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.get_meta_description()

    def items(self):
        return self.index_page.articles.prefetch_related(None).select_related("author")[
            :FEED_LENGTH
        ]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.author.name if item.author else None
