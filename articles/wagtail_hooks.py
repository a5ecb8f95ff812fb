from django.contrib import messages
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ArticlePage, Expert
from .review import ReviewedMixin, may_skip_clinical_review
from .workflows import MINOR_EDIT_ACTION, is_health_page, log_minor_edit


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    menu_label = "Experts"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "job_title", "clinic", "registration", "is_main_author"]
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


# --- Clinical sign-off (see articles/workflows.py) ---------------------------------------


@hooks.register("register_log_actions")
def register_minor_edit_action(actions):
    label = "Minor edit published without clinical review"
    actions.register_action(MINOR_EDIT_ACTION, label, label)


@hooks.register("register_permissions")
def skip_clinical_review_permission():
    return Permission.objects.filter(
        content_type__app_label="articles", codename="skip_clinical_review"
    )


def creates_health_page(request):
    """On the "add page" view: whether the page type being created is a health page."""
    kwargs = request.resolver_match.kwargs if request.resolver_match else {}
    try:
        content_type = ContentType.objects.get_by_natural_key(
            kwargs["content_type_app_name"], kwargs["content_type_model_name"]
        )
    except (KeyError, ContentType.DoesNotExist):
        return False
    model = content_type.model_class()
    return model is not None and issubclass(model, ReviewedMixin)


@hooks.register("construct_page_action_menu")
def submit_health_pages_for_review(menu_items, request, context):
    """Editors without the minor-edit permission see no "Publish" on health pages: they
    submit them to Clinical review."""
    if may_skip_clinical_review(request.user):
        return
    page = context.get("page")
    health = is_health_page(page) if page else creates_health_page(request)
    if health:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_unreviewed_publish(request, page):
    """The server's check behind the missing button."""
    if is_health_page(page) and not may_skip_clinical_review(request.user):
        messages.error(
            request,
            "Health pages are published through Clinical review: submit the page instead.",
        )
        return redirect(request.get_full_path())
    return None


@hooks.register("after_publish_page")
def log_direct_publish(request, page):
    """Every health page published without the workflow is a logged minor edit."""
    if is_health_page(page):
        log_minor_edit(page, request.user)


@hooks.register("before_bulk_action")
def refuse_unreviewed_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type != "publish" or may_skip_clinical_review(request.user):
        return None
    if any(is_health_page(page) for page in objects):
        messages.error(request, "Health pages are published through Clinical review.")
        return redirect(request.get_full_path())
    return None
