from django import template

register = template.Library()


@register.inclusion_tag("articles/includes/article_card.html", takes_context=True)
def article_card(context, article, heading="h3"):
    """An article as a card, wherever articles are listed."""
    return {
        "article": article,
        "url": article.get_url(context.get("request")),
        "title": article.title,
        "image": article.hero_image,
        "heading": heading,
    }
