"""Video sections for pages that other apps own (the home page, treatments, articles)."""

from django import template

from videos.models import VideoHubPage, VideoPage

register = template.Library()


@register.inclusion_tag("videos/includes/latest_videos.html")
def latest_videos(count=4):
    """The home page's "Videos" section: the newest videos and a link to the hub."""
    return {
        "videos": VideoPage.objects.for_listing()[:count],
        "hub": VideoHubPage.objects.live().first(),
    }


@register.inclusion_tag("videos/includes/related_videos.html")
def videos_about(page, count=3):
    """ "Videos about this" on a treatment or article page."""
    return {"videos": VideoPage.objects.for_listing().about(page)[:count]}
