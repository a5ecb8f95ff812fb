from django import template

from core.cards import card_context

register = template.Library()


@register.inclusion_tag("articles/includes/article_card.html", takes_context=True)
def article_card(context, article, heading="h3"):
    """An article as a card, wherever articles are listed."""
    return card_context(context, article, article.hero_image, heading, article=article)
