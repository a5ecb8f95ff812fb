"""The directory's panels on other apps' pages (see tweakments/panels.py)."""

from tweakments.panels import PagePanel, register_page_panel

from .models import DirectoryPage


@register_page_panel("treatment_practitioners")
def treatment_practitioners(treatment, request):
    """A postcode box for the directory, filtered to the treatment."""
    directory = DirectoryPage.find(request)
    if directory is None:
        return None
    return PagePanel(
        "practitioners/includes/near_you_box.html",
        {"treatment": treatment, "directory": directory},
    )
