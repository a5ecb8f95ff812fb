import functools

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from .models import DirectoryPage, Practitioner


@require_GET
def profile(request, slug):
    practitioner = get_object_or_404(Practitioner.objects.listed(), slug=slug)
    directory = DirectoryPage.find(request)
    trail = [*directory.breadcrumbs, directory] if directory else []
    # Every part of the page past its title is a cached fragment (the head's too), so its
    # photo, clinics and treatments are fetched only if one of them is rendered (templates
    # call callables).
    details = functools.cache(practitioner.with_listing_details)
    return TemplateResponse(
        request,
        "practitioners/practitioner_profile.html",
        {
            "practitioner": practitioner,
            "details": details,
            "directory": directory,
            "trail": trail,
            "structured_data": lambda: details().get_structured_data(request, trail),
            "map_data": lambda: details().map_data(),
        },
    )
