from django import template

register = template.Library()


@register.inclusion_tag("treatments/includes/treatment_card.html", takes_context=True)
def treatment_card(context, treatment, heading="h3", compare=False):
    """A treatment as a card; `compare` adds the finder's compare tick box."""
    return {
        "treatment": treatment,
        "url": treatment.get_url(context.get("request")),
        "title": treatment.title,
        "image": treatment.hero_image,
        "image_sizes": "(min-width: 992px) 22vw, (min-width: 576px) 45vw, 100vw",
        "heading": heading,
        "compare": compare,
    }
