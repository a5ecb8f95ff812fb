from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from core.forms import SearchForm

from .search import SiteSearch


@require_GET
def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    terms = form.search_terms()
    results = SiteSearch(terms, request.GET.get("page"), request).run() if terms else None
    return TemplateResponse(
        request,
        "home/search.html",
        {"form": form, "query": query, "search": results},
    )


def robots_txt(request):
    return TemplateResponse(request, "robots.txt", content_type="text/plain")
