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


PanelProvider = Callable[..., PagePanel | None]
_providers: dict[str, PanelProvider] = {}


def register_page_panel(name):
    def register(provider):
        _providers[name] = provider
        return provider

    return register


def render_page_panels(page, request):
    """The HTML of the page's panels, in the order its `page_panels` names them."""
    html = []
    for name in getattr(page, "page_panels", ()):
        provider = _providers.get(name)
        panel = provider(page, request) if provider else None
        if panel is not None:
            context = {"page": page, "request": request, **panel.context}
            html.append(render_to_string(panel.template, context, request=request))
    return mark_safe("".join(html))  # noqa: S308 - rendered by Django templates
