from django import template
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from treatments.models import TreatmentPage
from tweakments import content_version

register = template.Library()

CARD_TEMPLATE = "treatments/includes/treatment_card.html"
CARD_IMAGE_SIZES = "(min-width: 992px) 22vw, (min-width: 576px) 45vw, 100vw"
# Keys change whenever a card would, so the timeout only bounds what an image edit
# (new rendition files, no publish) could leave behind.
CARD_CACHE_SECONDS = 60 * 60 * 24


def _card_key(row, heading, compare):
    """A card shows its page's own fields and picture, which change with a publish, its
    address (url_path changes on a move or a parent's new slug), and its concerns' names
    (a rename renews the content version)."""
    return make_template_fragment_key(
        "treatment_card",
        [row.pk, row.url_path, row.last_published_at, content_version.current(), heading, compare],
    )


@register.simple_tag(takes_context=True)
def treatment_cards(context, rows, heading="h3", compare=False):
    """Cards, as HTML in order, for rows of treatment (pk, url_path, last_published_at).

    Unchanged cards come from the cache in one round trip; only the pages of missing ones
    are loaded and rendered. `compare` adds the finder's tick box."""
    keys = {row.pk: _card_key(row, heading, compare) for row in rows}
    cards = cache.get_many(keys.values())
    missing = [pk for pk, key in keys.items() if key not in cards]
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
            for treatment in TreatmentPage.objects.filter(pk__in=missing).for_cards()
        }
        cache.set_many(rendered, CARD_CACHE_SECONDS)
        cards.update(rendered)
    # Rendered from our template, which escaped it; the cache may hand back a plain str.
    # A page unpublished since the rows were read has no card, and is left out.
    return [mark_safe(cards[key]) for key in keys.values() if key in cards]  # noqa: S308
