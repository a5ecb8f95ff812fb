"""Video pieces for any template: a card."""

from django import template

from core.cards import card_context

register = template.Library()


@register.inclusion_tag("videos/includes/video_card.html", takes_context=True)
def video_card(context, video, heading="h3", standfirst=False):
    """A video as a card: poster, title, length, date and expert."""
    return card_context(context, video, video.poster, heading, video=video, standfirst=standfirst)
