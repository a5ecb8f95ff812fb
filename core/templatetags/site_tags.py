import json

from django import template
from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_renditions_or_not_found

from core import renditions, sites
from core.models import SiteSettings
from core.panels import render_page_panels

register = template.Library()
# Parsed once: {% srcset_image %} parses its specs at every render, a tenth of a
# millisecond a card, and a listing shows two dozen cards.
CARD_FILTERS = [Filter(spec) for spec in renditions.CARD]

# Characters that could close the <script> element or start HTML inside JSON-LD.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def page_panels(context, panels):
    """The panels other apps add to this page (see core/panels.py), from `get_context`."""
    return render_page_panels(panels, context.get("page"), context["request"])


@register.simple_tag
def card_image(image, sizes):
    """A card's picture at 1x and 2x: what `{% srcset_image %}` renders of renditions.CARD,
    written out: Wagtail's attribute building costs as much as the rest of a card."""
    small, large = get_renditions_or_not_found(image, CARD_FILTERS).values()
    small_url = small.url
    return format_html(
        '<img alt="" class="card-article__image" height="{}" loading="lazy" sizes="{}" src="{}"'
        ' srcset="{} {}w, {} {}w" width="{}">',
        small.height,
        sizes,
        small_url,
        small_url,
        small.width,
        large.url,
        large.width,
        small.width,
    )


@register.simple_tag(takes_context=True)
def settings_page(context, name):
    """The page a site setting links to: "terms", "privacy" or "ask_question"."""
    request = context["request"]
    return SiteSettings.load(request_or_site=request).linked_page(f"{name}_page", request)


@register.simple_tag(takes_context=True)
def menu_links(context, menu):
    """The links of the site settings' `main_menu` or `footer_menu`."""
    request = context["request"]
    return SiteSettings.load(request_or_site=request).menu_links(menu, request)


@register.simple_tag(takes_context=True)
def editors_userbar(context):
    """Wagtail's userbar, whose content checks feed the page editor's Checks panel, for
    signed-in editors only: a reader without a session is never asked who they are, so the
    page varies on no cookie and the page cache and the edge keep it."""
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context)


@register.simple_tag
def json_ld(data):
    """A schema.org object as an application/ld+json script, safe for user text."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    return mark_safe(  # noqa: S308 - each part escaped by json_ld
        "".join(json_ld(item) for item in page.get_structured_data(context["request"]))
    )


@register.simple_tag
def absolute_url(url):
    """`url` in full on SITE_URL (never the request's host: see core/sites.py)."""
    return sites.absolute_url(url)


@register.simple_tag(takes_context=True)
def url_with_page(context, number):
    """The current URL with ?page= replaced, keeping every other parameter."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.simple_tag
def form_field(field):
    """One field with Bootstrap's markup (label, input, help text, errors) for the forms of
    every page's footer, written out here: crispy's and Django's widget templates cost more
    than the rest of a page."""
    checkbox = field.widget_type == "checkbox"
    label = format_html(
        '<label class="{}" for="{}">{}</label>',
        "form-check-label" if checkbox else "form-label",
        field.id_for_label,
        field.label,
    )
    help_text = ""
    if field.help_text:
        help_text = format_html(
            '<div class="form-text" id="{}_helptext">{}</div>', field.auto_id, field.help_text
        )
    errors = format_html_join(
        "", '<div class="invalid-feedback d-block">{}</div>', ((error,) for error in field.errors)
    )
    if checkbox:
        return format_html(
            '<div class="mb-3 form-check">{}\n{}\n{}{}</div>',
            _input(field),
            label,
            help_text,
            errors,
        )
    return format_html(
        '<div class="mb-3">{}\n{}\n{}{}</div>', label, _input(field), help_text, errors
    )


def _input(field):
    """A bound text, e-mail, textarea or checkbox input with Bootstrap's class."""
    widget = field.field.widget
    attrs = field.build_widget_attrs({**widget.attrs, "id": field.auto_id}, widget)
    kind = "form-check-input" if field.widget_type == "checkbox" else "form-control"
    attrs["class"] = f"{kind} {widget.attrs.get('class', '')}".strip()
    if field.help_text:
        attrs["aria-describedby"] = f"{field.auto_id}_helptext"
    if field.errors:
        attrs["aria-invalid"] = "true"
    value = field.value()
    if field.widget_type == "textarea":
        return format_html(
            '<textarea name="{}"{}>\n{}</textarea>', field.html_name, flatatt(attrs), value or ""
        )
    if field.widget_type == "checkbox":
        attrs["checked"] = bool(value)
        return format_html('<input type="checkbox" name="{}"{}>', field.html_name, flatatt(attrs))
    if value not in (None, ""):
        attrs["value"] = value
    return format_html(
        '<input type="{}" name="{}"{}>', widget.input_type, field.html_name, flatatt(attrs)
    )


@register.filter
def is_current(link_url, path):
    """True when path is the link's page or below it (the home link only for itself)."""
    if not link_url or not path:
        return False
    if link_url == "/":
        return path == "/"
    return path.startswith(link_url)
