from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from .sites import absolute_url


class SiteFeed(Feed):
    """An RSS 2.0 feed of the site. Its own address (the channel's atom:link) is on
    SITE_URL: Django would build it from the request's Host."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def feed_url(self):
        return absolute_url(self.request.path)
