from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from core.forms import SearchForm

from .search import SiteSearch


@require_safe
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
