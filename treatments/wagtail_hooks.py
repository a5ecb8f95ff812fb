from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
    menu_label = "Tweakment Finder"
    menu_name = "tweakment-finder"
    menu_order = 220


register_snippet(FinderOptionGroup)
