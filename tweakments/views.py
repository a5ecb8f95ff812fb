from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .forms import SearchForm

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    terms = form.search_terms()
    results = None
    if query:
        hits = Page.objects.live().public().filter(depth__gt=1)
        hits = hits.search(terms) if terms else hits.none()
        results = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        # Search returns base Page rows; fetch the specific pages of this page at once.
        ids = [page.pk for page in results.object_list]
        specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
        results.object_list = [specific[pk] for pk in ids if pk in specific]
    return TemplateResponse(
        request,
        "tweakments/search.html",
        {"form": form, "query": query, "results": results},
    )


def robots_txt(request):
    return TemplateResponse(request, "robots.txt", content_type="text/plain")
