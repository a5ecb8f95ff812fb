from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import AbandonedDraftsView
from .reports import report_urls


@hooks.register("register_admin_urls")
def abandoned_drafts_urls():
    return report_urls(AbandonedDraftsView, "abandoned-drafts")


@hooks.register("register_reports_menu_item")
def abandoned_drafts_menu_item():
    return MenuItem(
        "Abandoned drafts",
        reverse(AbandonedDraftsView.index_url_name),
        name="abandoned-drafts",
        icon_name="doc-empty",
        order=920,
    )
