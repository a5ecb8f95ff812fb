from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from tweakments.slots import SlotItem

from .models import Area, Concern, TreatmentIndexPage

CONCERNS_ON_HOME = 8


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


@hooks.register("slot_home")
def home_finder(context):
    """A way into the finder from the home page: a few concerns as quick links."""
    finder = TreatmentIndexPage.objects.live().public().first()
    if finder is None:
        return None
    return SlotItem(
        template="treatments/includes/home_finder.html",
        context={"finder": finder, "concerns": Concern.objects.all()[:CONCERNS_ON_HOME]},
        order=20,
    )
