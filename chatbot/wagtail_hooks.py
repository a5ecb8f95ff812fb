import django_filters
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin_views import (
    VIEW_PERMISSION,
    ChatbotPanel,
    ContentGapsView,
    SurveyResultsView,
    content_gaps_csv,
    draft_answer,
)
from .models import Conversation


class ConversationPermissionPolicy(ModelPermissionPolicy):
    """Conversations are read (and may be deleted), never written by editors."""

    def user_has_permission(self, user, action):
        return action not in {"add", "change"} and super().user_has_permission(user, action)


permission_policy = ConversationPermissionPolicy(Conversation)
register_permission_policy(Conversation, permission_policy)


class ConversationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().with_summary()


class ConversationFilterSet(WagtailFilterSet):
    review_overdue = django_filters.BooleanFilter(
        label="Review overdue",
        method="filter_review_overdue",
        help_text="An answer cited a page whose medical review was overdue.",
    )

    class Meta:
        model = Conversation
        fields = ["survey_closed", "review_overdue"]

    def filter_review_overdue(self, queryset, name, value):
        return queryset.citing_overdue_pages(value)


def review_overdue(conversation):
    """'Review overdue' for a conversation with answers from pages overdue for review."""
    count = conversation.overdue_count
    if not count:
        return ""
    return "Review overdue" + (f" ({count} answers)" if count > 1 else "")


class ConversationViewSet(ModelViewSet):
    model = Conversation
    index_view_class = ConversationIndexView
    name = "chatbot_conversations"
    icon = "comment"
    menu_label = "Conversations"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_template_name = "chatbot/admin/conversation_inspect.html"
    list_display = [
        Column("first_question", label="First question", accessor="first_question"),
        Column("exchange_count", label="Questions"),
        Column("overdue_count", label="Sources", accessor=review_overdue),
        DateColumn("started_at", label="Started"),
    ]
    filterset_class = ConversationFilterSet
    ordering = ["-started_at"]
    list_per_page = 50
    form_fields = []

    def get_permissions_to_register(self):
        kept = ["view_conversation", "delete_conversation"]
        return super().get_permissions_to_register().filter(codename__in=kept)


conversation_viewset = ConversationViewSet()


@hooks.register("register_admin_viewset")
def register_conversation_viewset():
    return conversation_viewset


@hooks.register("register_admin_urls")
def chatbot_admin_urls():
    return [
        path("chatbot/survey/", SurveyResultsView.as_view(), name="chatbot_survey"),
        path("chatbot/gaps/", ContentGapsView.as_view(), name="chatbot_gaps"),
        path("chatbot/gaps.csv", content_gaps_csv, name="chatbot_gaps_csv"),
        path("chatbot/gaps/draft/", draft_answer, name="chatbot_gaps_draft"),
    ]


class ChatbotMenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def chatbot_menu():
    conversations = reverse(conversation_viewset.get_url_name("index"))
    items = [
        MenuItem("Conversations", conversations, icon_name="comment", order=10),
        MenuItem("Survey results", reverse("chatbot_survey"), icon_name="pick", order=20),
        MenuItem("Content gaps", reverse("chatbot_gaps"), icon_name="help", order=30),
    ]
    return ChatbotMenuItem("Chatbot", Menu(items=items), icon_name="comment", order=260)


@hooks.register("construct_homepage_panels")
def add_chatbot_panel(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(ChatbotPanel())
