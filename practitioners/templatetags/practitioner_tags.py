from django import template
from django.conf import settings

from practitioners.forms import quick_search_context
from practitioners.models import DirectoryPage

register = template.Library()

# OpenStreetMap's tiles by default; set PRACTITIONERS_MAP_TILES to another tile server
# (and allow it in the CSP's img-src), or to "" for markers on a plain background.
DEFAULT_MAP_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


@register.simple_tag
def directory_page():
    """The live Find a Practitioner page, or None."""
    return DirectoryPage.objects.live().public().first()


@register.inclusion_tag("practitioners/includes/practitioner_box.html", takes_context=True)
def practitioner_box(context, treatment=None):
    """The compact "Find a Practitioner" box (postcode or town, miles, years), for any page:
    `{% practitioner_box %}`, or `{% practitioner_box treatment=page %}` to filter."""
    return quick_search_context(DirectoryPage.find(context.get("request")), treatment)


@register.simple_tag
def map_tiles_url():
    return getattr(settings, "PRACTITIONERS_MAP_TILES", DEFAULT_MAP_TILES)


@register.filter
def miles(distance):
    """2.43 -> '2.4 miles'; 1.0 -> '1 mile'; under 0.1 -> 'under 0.1 miles'."""
    if distance is None:
        return ""
    if distance < 0.05:
        return "under 0.1 miles"
    text = f"{distance:.1f}".removesuffix(".0")
    return f"{text} mile" if text == "1" else f"{text} miles"


@register.filter
def years(count):
    return f"{count} year" if count == 1 else f"{count} years"
