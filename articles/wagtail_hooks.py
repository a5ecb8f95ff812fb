from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Expert


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    menu_label = "Experts"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "job_title", "clinic"]
    search_fields = ["name", "clinic", "job_title"]
    ordering = ["name"]


register_snippet(ExpertViewSet)
