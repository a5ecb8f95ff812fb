import hashlib
import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.panels import render_page_panels
from tweakments import content_version, page_cache

register = template.Library()

# Characters that could close the <script> element or start HTML inside JSON-LD.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def page_panels(context, page):
    """The panels other apps add to this page (see tweakments/panels.py)."""
    return render_page_panels(page, context["request"])


@register.simple_tag
def csrf_field():
    """The CSRF token field of a form on a cacheable page: empty, filled by csrf.js on
    submit (see tweakments/csrf.py). `{% csrf_token %}` would set a cookie on every page."""
    return format_html(
        '<input type="hidden" name="{}" value="" data-csrf-token>', "csrfmiddlewaretoken"
    )


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        request = context.get("request")
        if (
            request is None
            or request.method not in ("GET", "HEAD")
            or getattr(request, "is_preview", False)
        ):
            # A form sent back with its errors, or an editor's unsaved preview.
            return self.nodelist.render(context)
        query = page_cache.normalised_query(request.META.get("QUERY_STRING", ""))
        parts = [
            self.name,
            request.path,
            query,
            *(str(var.resolve(context)) for var in self.vary_on),
        ]
        name = hashlib.md5(":".join(parts).encode(), usedforsecurity=False).hexdigest()
        return content_version.fragment(name, lambda: self.nodelist.render(context))


@register.tag
def fragment(parser, token):
    """{% fragment "name" [value ...] %}...{% endfragment %}: the enclosed HTML is rendered
    once per content version for each URL (path and normalised query string) and set of
    values after the name.

    Only GETs use it; content that depends on anything else (the visitor, a session, a
    form's POST) must name it in the values or stay outside the fragment."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    return FragmentNode(nodelist, bits[1], vary_on)


@register.simple_tag
def json_ld(data):
    """A schema.org object as an application/ld+json script, safe for user text."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    request = context["request"]

    def render():
        return mark_safe(  # noqa: S308 - each part escaped by json_ld
            "".join(json_ld(item) for item in page.get_structured_data(request))
        )

    if getattr(request, "is_preview", False):
        return render()
    return content_version.fragment(f"json-ld:{page.pk}:{request.path}", render)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def url_with_page(context, number):
    """The current URL with ?page= replaced, keeping every other parameter."""
    query = context["request"].GET.copy()
    query["page"] = number
    return "?" + query.urlencode()


@register.filter
def is_current(link_url, path):
    """True when path is the link's page or below it (the home link only for itself)."""
    if not link_url or not path:
        return False
    if link_url == "/":
        return path == "/"
    return path.startswith(link_url)
