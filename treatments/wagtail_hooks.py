from wagtail import hooks
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import TreatmentPage
from .taxonomy import Area, Concern


class FinderOptionViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class ConcernViewSet(FinderOptionViewSet):
    model = Concern
    icon = "pick"
    menu_label = "Concerns"


class AreaViewSet(FinderOptionViewSet):
    model = Area
    icon = "crosshairs"
    menu_label = "Areas"


class FinderOptionGroup(SnippetViewSetGroup):
    items = (ConcernViewSet, AreaViewSet)
    menu_icon = "search"
    menu_label = "Finder"  # "Tweakment Finder" is cut short in the sidebar
    menu_name = "tweakment-finder"
    menu_order = 220


register_snippet(FinderOptionGroup)


class TreatmentIndexView(IndexView):
    default_ordering = "title"


class TreatmentListingViewSet(PageListingViewSet):
    """Pages › Treatments: every tweakment A–Z, with "Add treatment" at the top."""

    model = TreatmentPage
    icon = "pick"
    menu_label = "Treatments"
    menu_order = 120
    add_to_admin_menu = True
    index_view_class = TreatmentIndexView
    columns = [column for column in IndexView.base_columns if column.name != "type"]


@hooks.register("register_admin_viewset")
def register_treatment_listing():
    return TreatmentListingViewSet("treatments")
