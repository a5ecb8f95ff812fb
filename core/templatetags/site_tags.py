import json
from html import escape as escape_html

from django import template
from django.conf import settings
from django.utils.html import format_html
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
    written out: Wagtail's attribute building, then format_html's escaping, cost as much as
    the rest of a card."""
    small, large = get_renditions_or_not_found(image, CARD_FILTERS).values()
    small_url, height, width = _escape(small.url), _escape(small.height), _escape(small.width)
    return mark_safe(  # noqa: S308 - every part escaped by _escape
        f'<img alt="" class="card-article__image" height="{height}" loading="lazy"'
        f' sizes="{_escape(sizes)}" src="{small_url}" srcset="{small_url} {width}w,'
        f' {_escape(large.url)} {_escape(large.width)}w" width="{width}">'
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
    """One field of a public form with Bootstrap's markup, as crispy-forms laid it out
    (label with a required mark, input, help text, errors), written out: crispy's and
    Django's widget templates cost a seventh of the Ask Alice page, and format_html() and
    flatatt() a tenth of a footer."""
    kind = field.widget_type
    mark = '<span class="asteriskField">*</span>' if field.field.required else ""
    help_text = ""
    if field.help_text:
        auto_id, text = _escape(field.auto_id), _escape(field.help_text)
        help_text = f'<div class="form-text" id="{auto_id}_helptext">{text}</div>'
    errors = "".join(
        f'<div class="invalid-feedback d-block">{_escape(error)}</div>' for error in field.errors
    )
    box = f' id="div_{_escape(field.auto_id)}"' if field.auto_id else ""
    if kind == "checkboxselectmultiple":
        described = f' aria-describedby="{_escape(field.auto_id)}_helptext"' if help_text else ""
        legend = f'<legend class="form-label fs-6">{_escape(field.label)}{mark}</legend>'
        group = (
            f"<fieldset{described}>{legend}\n{_checkboxes(field)}\n{errors}{help_text}</fieldset>"
        )
        return mark_safe(f'<div{box} class="mb-3">{group}</div>')  # noqa: S308 - parts escaped
    checkbox = kind == "checkbox"
    label = '<label class="{}{}" for="{}">{}{}</label>'.format(
        "form-check-label" if checkbox else "form-label",
        " requiredField" if mark else "",
        _escape(field.id_for_label),
        _escape(field.label),
        mark,
    )
    if checkbox:
        parts = f"{_input(field)}\n{label}\n{help_text}{errors}"
        html = f'<div{box} class="mb-3 form-check">{parts}</div>'
    else:
        html = f'<div{box} class="mb-3">{label}\n{_input(field)}\n{help_text}{errors}</div>'
    return mark_safe(html)  # noqa: S308 - every part escaped by _escape


def _checkboxes(field):
    """A multiple choice's boxes, those of its value ticked (ids as Django numbers them)."""
    chosen = {str(value) for value in field.value() or ()}
    name = _escape(field.html_name)
    boxes = []
    for index, (value, text) in enumerate(field.field.widget.choices):
        box_id = _escape(f"{field.auto_id}_{index}")
        checked = " checked" if str(value) in chosen else ""
        boxes.append(
            f'<div class="form-check"><input type="checkbox" class="form-check-input"'
            f' name="{name}" value="{_escape(value)}" id="{box_id}"{checked}>\n'
            f'<label for="{box_id}" class="form-check-label">{_escape(text)}</label></div>'
        )
    return f"<div>{''.join(boxes)}</div>"


INPUT_CLASSES = {"checkbox": "form-check-input", "select": "form-select"}


def _input(field):
    """A bound text, e-mail, textarea, checkbox or select input with Bootstrap's class."""
    widget = field.field.widget
    kind = field.widget_type
    attrs = field.build_widget_attrs({**widget.attrs, "id": field.auto_id}, widget)
    classes = [INPUT_CLASSES.get(kind, "form-control"), widget.attrs.get("class", "")]
    if field.errors:
        classes.append("is-invalid")
        attrs["aria-invalid"] = "true"
    attrs["class"] = " ".join(name for name in classes if name)
    if field.help_text:
        attrs["aria-describedby"] = f"{field.auto_id}_helptext"
    value = field.value()
    name = _escape(field.html_name)
    if kind == "textarea":
        return f'<textarea name="{name}"{_attributes(attrs)}>\n{_escape(value or "")}</textarea>'
    if kind == "checkbox":
        attrs["checked"] = bool(value)
        return f'<input type="checkbox" name="{name}"{_attributes(attrs)}>'
    if kind == "select":
        return f'<select name="{name}"{_attributes(attrs)}>{_options(widget, value)}</select>'
    if value not in (None, ""):
        attrs["value"] = value
    return f'<input type="{_escape(widget.input_type)}" name="{name}"{_attributes(attrs)}>'


def _options(widget, value):
    """A single select's <option>s, the chosen one (else the empty one) selected."""
    chosen = "" if value is None else str(value)
    return "".join(
        f'<option value="{_escape(option)}"{" selected" if str(option) == chosen else ""}>'
        f"{_escape(text)}</option>"
        for option, text in widget.choices
    )


def _escape(value):
    """conditional_escape() without its check for lazy strings at each call: a page's
    footer forms escape some hundred values."""
    return value.__html__() if hasattr(value, "__html__") else escape_html(str(value))


def _attributes(attrs):
    """flatatt()'s markup: name="value" pairs A–Z, then the true booleans, bare."""
    pairs = sorted(
        (name, value)
        for name, value in attrs.items()
        if value is not None and not isinstance(value, bool)
    )
    flags = sorted(name for name, value in attrs.items() if value is True)
    return "".join(f' {name}="{_escape(value)}"' for name, value in pairs) + "".join(
        f" {name}" for name in flags
    )


@register.filter
def is_current(link_url, path):
    """True when path is the link's page or below it (the home link only for itself)."""
    if not link_url or not path:
        return False
    if link_url == "/":
        return path == "/"
    return path.startswith(link_url)
