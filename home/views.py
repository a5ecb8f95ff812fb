from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.models import Site

from core.forms import SearchForm
from core.models import breadcrumb_list, top_pages
from core.origin import same_origin_post
from core.ratelimit import rate_limit
from core.sites import absolute_url

from .feedback import ProblemReportForm, reported_content
from .health import TrustFigures
from .search import SiteSearch

REPORTS_PER_HOUR = 10
HOUR = 60 * 60


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


def about_trail(request):
    """Home › About, for the pages under /about/ that are views rather than pages (found
    among what the menus already read)."""
    site = Site.find_for_request(request)
    about = next((page for page in top_pages(request).values() if page.slug == "about"), None)
    return [site.root_page, about] if site and about else []


@require_safe
def trust_report(request):
    """/about/trust/: how our health content is reviewed and corrected, computed live."""
    trail = about_trail(request)
    url = absolute_url(reverse("trust_report"))
    items = [(page.title, page.get_full_url(request)) for page in trail]
    return TemplateResponse(
        request,
        "home/trust_report.html",
        {
            "figures": TrustFigures(request=request),
            "trail": trail,
            "canonical_url": url,
            "structured_data": breadcrumb_list([*items, ("Trust report", url)]),
        },
    )


@same_origin_post
@rate_limit("report-problem", REPORTS_PER_HOUR, HOUR)
def report_problem(request):
    """'Report a problem with this page': a small form, one POST, no JavaScript needed."""
    params = request.POST if request.method == "POST" else request.GET
    found = reported_content(params, request)
    if found is None:
        raise Http404("Nothing to report on here")
    content, title, url = found
    form = ProblemReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_spam():
            return redirect(f"{reverse('report_problem_thanks')}?{content.report_query}")
        if form.is_valid():
            form.save_for(content, title, url)
            return redirect(f"{reverse('report_problem_thanks')}?{content.report_query}")
    return TemplateResponse(
        request,
        "home/report_problem.html",
        {"form": form, "content": content, "content_title": title, "content_url": url},
    )


@require_safe
def report_problem_thanks(request):
    found = reported_content(request.GET, request)
    return TemplateResponse(
        request,
        "home/report_problem_thanks.html",
        {"content_title": found[1] if found else "", "content_url": found[2] if found else ""},
    )
