"""Video pieces for any template: a card, the home page's section, "Videos about this"."""

from django import template

from videos.models import VideoHubPage, VideoPage

register = template.Library()


@register.inclusion_tag("videos/includes/video_card.html", takes_context=True)
def video_card(context, video, heading="h3", standfirst=False):
    """A video as a card: poster, title, length, date and expert."""
    return {
        "video": video,
        "url": video.get_url(context.get("request")),
        "title": video.title,
        "image": video.poster,
        "heading": heading,
        "standfirst": standfirst,
    }


@register.inclusion_tag("videos/includes/latest_videos.html", takes_context=True)
def latest_videos(context, count=4, heading="Videos"):
    """The home page's "Videos" section: the newest videos and a link to the hub."""
    request = context.get("request")
    return {
        "request": request,
        "videos": VideoPage.objects.for_listing()[:count],
        "hub": VideoHubPage.find(request),
        "heading": heading,
    }


@register.inclusion_tag("videos/includes/related_videos.html", takes_context=True)
def videos_about(context, page, count=3, heading="Videos about this"):
    """The "Videos about this" box on a treatment or article page."""
    return {
        "request": context.get("request"),
        "videos": VideoPage.objects.for_listing().about(page)[:count],
        "heading": heading,
    }
