from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import AbandonedDraftsView


@hooks.register("register_admin_urls")
def abandoned_drafts_urls():
    view = AbandonedDraftsView
    return [
        path("reports/abandoned-drafts/", view.as_view(), name=view.index_url_name),
        path(
            "reports/abandoned-drafts/results/",
            view.as_view(results_only=True),
            name=view.index_results_url_name,
        ),
    ]


@hooks.register("register_reports_menu_item")
def abandoned_drafts_menu_item():
    return MenuItem(
        "Abandoned drafts",
        reverse(AbandonedDraftsView.index_url_name),
        name="abandoned-drafts",
        icon_name="doc-empty",
        order=920,
    )
