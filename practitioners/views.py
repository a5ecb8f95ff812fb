from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from core import renditions
from core.panels import page_panels

from .models import DirectoryPage, Practitioner


@require_safe
def profile(request, slug):
    profiles = Practitioner.objects.listed().for_listing(photo_sizes=renditions.PROFILE_PHOTO)
    practitioner = get_object_or_404(profiles, slug=slug)
    directory = DirectoryPage.find(request)
    trail = [*directory.breadcrumbs, directory] if directory else []
    return TemplateResponse(
        request,
        "practitioners/practitioner_profile.html",
        {
            "practitioner": practitioner,
            "directory": directory,
            "trail": trail,
            "structured_data": practitioner.get_structured_data(request, trail),
            "map_data": practitioner.map_data(),
            "panels": page_panels(practitioner, request),
        },
    )
