"""Video pieces for any template: a card."""

from django import template

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
