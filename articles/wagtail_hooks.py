from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tweakments.slots import SlotItem

from .models import ArticleIndexPage, ArticlePage, Expert

LATEST_ON_HOME = 6


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


@hooks.register("slot_home")
def home_articles(context):
    """Featured articles in the editors' order, then the newest of the rest."""
    home = context.get("page")
    featured_ids = getattr(home, "featured_article_ids", [])
    listing = ArticlePage.objects.for_listing()
    by_id = {page.pk: page for page in listing.filter(pk__in=featured_ids)}
    featured = [by_id[pk] for pk in featured_ids if pk in by_id]
    latest = listing.exclude(pk__in=featured_ids)[:LATEST_ON_HOME]
    return SlotItem(
        template="articles/includes/home_articles.html",
        context={
            "featured": featured,
            "latest": latest,
            "news_index": ArticleIndexPage.objects.live().first(),
        },
        order=10,
    )
