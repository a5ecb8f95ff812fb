from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ComplaintRoute, RuleEntryPage


class ComplaintRouteViewSet(SnippetViewSet):
    """Snippets › Complaint routes: the places readers can complain or report, by step."""

    model = ComplaintRoute
    icon = "warning"
    menu_label = "Complaint routes"
    menu_order = 230
    add_to_admin_menu = True
    list_display = [
        "name",
        Column("kind", label="Step", accessor="get_kind_display"),
        "register",
        "nation",
        DateColumn("last_checked", label="Last checked"),
    ]
    list_filter = ["kind", "nation", "register"]
    # A few dozen rows: plain database search.
    search_backend_name = None
    search_fields = ["name", "when_to_use"]
    ordering = ["kind", "sort_order", "name"]


register_snippet(ComplaintRouteViewSet)


class RuleEntryListingViewSet(PageListingViewSet):
    """Pages › UK rules: every tracker entry, with its stage and last check."""

    model = RuleEntryPage
    icon = "list-ul"
    menu_label = "UK rules"
    menu_order = 125
    add_to_admin_menu = True


@hooks.register("register_admin_viewset")
def register_rule_entry_listing():
    return RuleEntryListingViewSet("uk_rules")


class ChecksDuePanel(Component):
    """The dashboard's list of tracker entries and complaint routes not checked for 90
    days: the law changes often, and a stale 'last checked' date misleads readers."""

    name = "rules_checks_due"
    template_name = "rules/admin/checks_due_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        return {
            "entries": RuleEntryPage.objects.checks_due().order_by("last_checked", "title"),
            "routes": ComplaintRoute.objects.checks_due().order_by("last_checked", "name"),
            "routes_url": reverse(ComplaintRoute.snippet_viewset.get_url_name("list")),
        }


@hooks.register("construct_homepage_panels")
def add_checks_due_panel(request, panels):
    if request.user.has_perm("wagtailcore.change_page") or request.user.is_superuser:
        panels.append(ChecksDuePanel())
