"""Serving Wagtail pages in fewer queries than Wagtail's own tree walk.

Wagtail finds a page by walking the tree from the site root, two queries a level (the child,
then its specific row), after finding the Site (one more). Here:

* the Site for a host and port, and the sites' root paths, are remembered until the
  content changes (`tweakments.content_version`; saving or deleting a Site renews it);
* the page is the deepest one whose `url_path` starts the requested path, found in the
  remembered map of every page's `url_path`, and built from its specific row, remembered
  too (both renewed with the content; StreamFields left to load if rendered); what is left
  of the path goes to its own `route()` (a RoutablePage's sub-URLs, or a 404).

The result is handed to Wagtail's `serve` view through the request attributes it documents
(`request._wagtail_site`, `request._wagtail_route_for_request`), so its hooks (privacy,
passwords, previews) run as before. WAGTAIL_I18N_ENABLED is off: no locale-specific trees.
"""

from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.http.request import split_domain_port
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from . import content_version


def site_for_request(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def find_site():
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page  # noqa: B018 - remembered with the Site
        return site

    site = content_version.remember(f"site:{hostname}:{port}", find_site)
    request._wagtail_site = site
    # Where Wagtail looks for them before asking the shared cache (Page.get_url_parts).
    request._wagtail_cached_site_root_paths = content_version.remember(
        "site-root-paths", Site.get_site_root_paths
    )
    return site


post_save.connect(content_version.renew, sender=Site)
post_delete.connect(content_version.renew, sender=Site)


def site_middleware(get_response):
    """Every view, not only Wagtail's, finds the Site and root paths without a query."""

    def middleware(request):
        site_for_request(request)
        return get_response(request)

    return middleware


def page_paths():
    """{url_path: (pk, content type)} of every page: small beside the pages themselves (a
    few hundred bytes a page), and asked for on every request."""
    return {
        url_path: (pk, content_type_id)
        for url_path, pk, content_type_id in Page.objects.values_list(
            "url_path", "pk", "content_type_id"
        )
    }


def remembered_page(pk, content_type_id):
    """The specific page, built from its row as remembered until the content changes: no
    query while the process remembers it. StreamFields are left out (they load if used:
    the page's content is usually a cached fragment)."""
    model = Page(pk=pk, content_type_id=content_type_id).specific_class
    streamfields = set(model.get_streamfield_names())
    fields = [f.attname for f in model._meta.concrete_fields if f.name not in streamfields]

    def row():
        return model.objects.filter(pk=pk).values_list(*fields).first()

    values = content_version.remember(f"page-row:{pk}", row)
    return None if values is None else model.from_db(model.objects.db, fields, values)


def route(request, path):
    """Wagtail's RouteResult for the path, or None."""
    site = site_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    root_path = site.root_page.url_path
    paths = content_version.remember("url-paths", page_paths)
    # The deepest page whose url_path starts the path; a page may set its own url_path
    # (the newsletter archive sits at /newsletter/issues/), so count path segments, not
    # tree levels.
    for matched in range(len(components), -1, -1):
        found = paths.get(root_path + "".join(f"{c}/" for c in components[:matched]))
        if found is not None:
            break
    else:
        return None
    page = remembered_page(*found)
    if page is None:  # deleted since the map was made
        return None
    # Where Page.url and Page.full_url look for the root paths (no shared-cache round trip).
    page._wagtail_cached_site_root_paths = request._wagtail_cached_site_root_paths
    try:
        return page.route(request, components[matched:])
    except Http404:
        return None


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_serve(request, path)
