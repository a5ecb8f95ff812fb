"""The directory's panels on other apps' pages (see tweakments/panels.py)."""

from core.panels import PagePanel, register_page_panel

from .forms import quick_search_context
from .models import DirectoryPage

BOX = "practitioners/includes/practitioner_box.html"


@register_page_panel("treatment_practitioners")
def treatment_practitioners(treatment, request):
    """The compact directory search, filtered to the treatment."""
    directory = DirectoryPage.find(request)
    if directory is None:
        return None
    return PagePanel(BOX, quick_search_context(directory, treatment))


@register_page_panel("article_practitioners")
def article_practitioners(article, request):
    """The compact directory search (postcode, miles, years) beside an article."""
    directory = DirectoryPage.find(request)
    if directory is None:
        return None
    return PagePanel(BOX, quick_search_context(directory))
