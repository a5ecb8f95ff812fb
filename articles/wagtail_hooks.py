from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ArticlePage, Expert


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    menu_label = "Experts"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "job_title", "clinic", "is_main_author"]
    search_fields = ["name", "clinic", "job_title"]
    ordering = ["name"]


register_snippet(ExpertViewSet)


class ArticleIndexView(IndexView):
    default_ordering = "-date"


class ArticleListingViewSet(PageListingViewSet):
    """Pages › Articles: every article, newest first, with "Add article" at the top."""

    model = ArticlePage
    icon = "doc-full"
    menu_label = "Articles"
    menu_order = 110
    add_to_admin_menu = True
    index_view_class = ArticleIndexView
    columns = [
        *IndexView.base_columns[:2],  # bulk actions, title
        DateColumn("date", label="Published on", sort_key="date", width="14%"),
        *[column for column in IndexView.base_columns[3:] if column.name != "type"],
    ]


@hooks.register("register_admin_viewset")
def register_article_listing():
    return ArticleListingViewSet("articles")
