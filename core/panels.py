"""Boxes that a higher app adds to a lower app's page: the site's one extension point.

A page type lower in the dependency order (a treatment page) cannot import the apps that
build on it (Ask Alice, the practitioner directory), yet it shows their answers and a
"practitioners near you" search. So the page names the panels it shows, in order, in its
`page_panels` attribute, and each higher app registers a provider for its panel by name:

    @register_page_panel("treatment_answers")
    def treatment_answers(page, request) -> PagePanel | None: ...

A provider returns None when it has nothing to show. Names nobody registered (an app that
isn't installed) are skipped.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe


@dataclass(frozen=True)
class PagePanel:
    template: str
    context: Mapping = field(default_factory=dict)
    # The pictures it shows, whose renditions the page fetches with its own.
    images: tuple = ()


PanelProvider = Callable[..., PagePanel | None]
_providers: dict[str, PanelProvider] = {}


def register_page_panel(name):
    def register(provider):
        _providers[name] = provider
        return provider

    return register


def page_panels(page, request, names=None):
    """The page's panels, in the order its `page_panels` names them (or `names`, for a
    group of panels the page shows somewhere else)."""
    names = page.page_panels if names is None else names
    panels = (_providers[name](page, request) for name in names if name in _providers)
    return [panel for panel in panels if panel is not None]


def render_page_panels(panels, page, request):
    html = [
        render_to_string(panel.template, {"page": page, **panel.context}, request=request)
        for panel in panels
    ]
    return mark_safe("".join(html))  # noqa: S308 - rendered by Django templates
