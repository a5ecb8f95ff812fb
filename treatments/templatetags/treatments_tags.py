from django import template
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.template.loader import get_template
from django.utils.safestring import mark_safe

register = template.Library()

CARD_TEMPLATE = "treatments/includes/treatment_card.html"
CARD_IMAGE_SIZES = "(min-width: 992px) 22vw, (min-width: 576px) 45vw, 100vw"
# Keys change whenever a card would, so the timeout only bounds what an image edit
# (new rendition files, no publish) could leave behind.
CARD_CACHE_SECONDS = 60 * 60 * 24


def _card_key(treatment, heading, compare):
    """A card shows its page's own fields, concerns and picture, which change only with a
    publish, and its address (url_path changes on a move or a parent's new slug)."""
    return make_template_fragment_key(
        "treatment_card",
        [treatment.pk, treatment.url_path, treatment.last_published_at, heading, compare],
    )


@register.simple_tag(takes_context=True)
def treatment_cards(context, treatments, heading="h3", compare=False):
    """Treatments as cards (`compare` adds the finder's tick box), in order, as HTML.

    Unchanged cards come from the cache in one round trip; only the missing ones are
    rendered, so a page of cards costs one template render per card the first time."""
    treatments = list(treatments)
    keys = {treatment.pk: _card_key(treatment, heading, compare) for treatment in treatments}
    cards = cache.get_many(keys.values())
    missing = [treatment for treatment in treatments if keys[treatment.pk] not in cards]
    if missing:
        request = context.get("request")
        card_template = get_template(CARD_TEMPLATE)
        rendered = {
            keys[treatment.pk]: card_template.render(
                {
                    "treatment": treatment,
                    "url": treatment.get_url(request),
                    "title": treatment.title,
                    "image": treatment.hero_image,
                    "image_sizes": CARD_IMAGE_SIZES,
                    "heading": heading,
                    "compare": compare,
                },
                request,
            )
            for treatment in missing
        }
        cache.set_many(rendered, CARD_CACHE_SECONDS)
        cards.update(rendered)
    # Rendered from our template, which escaped it; the cache may hand back a plain str.
    return [mark_safe(cards[keys[treatment.pk]]) for treatment in treatments]  # noqa: S308
