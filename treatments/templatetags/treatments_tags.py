from django import template

from core.cards import card_context

register = template.Library()

CARD_IMAGE_SIZES = "(min-width: 992px) 22vw, (min-width: 576px) 45vw, 100vw"


@register.inclusion_tag("treatments/includes/treatment_card.html", takes_context=True)
def treatment_card(context, treatment, heading="h3", compare=False, ticked=()):
    """A treatment as a card (fetched with `for_cards()`); `compare` adds the finder's tick box,
    ticked when the treatment's slug is in `ticked`."""
    return card_context(
        context,
        treatment,
        treatment.hero_image,
        heading,
        treatment=treatment,
        image_sizes=CARD_IMAGE_SIZES,
        compare=compare,
        ticked=ticked,
    )
