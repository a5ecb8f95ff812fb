from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin_views import (
    SubscriberAdminForm,
    SubscriberFilterSet,
    SubscriberIndexView,
    SubscribersPanel,
    export_confirmed,
)
from .issue_admin import mailing_progress, send_issue_screen
from .models import NewsletterIssuePage, Subscriber


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds subscribers by hand: people join through the double opt-in form,
    which records their consent."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


permission_policy = SubscriberPermissionPolicy(Subscriber)
register_permission_policy(Subscriber, permission_policy)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    name = "subscribers"
    icon = "mail"
    menu_label = "Subscribers"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    index_template_name = "newsletter/admin/subscriber_index.html"
    list_display = ["email", "first_name", "status", "interest_names", "created_at", "confirmed_at"]
    search_fields = ["email", "first_name"]
    filterset_class = SubscriberFilterSet
    ordering = ["-created_at"]
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "first_name",
        "status",
        "interests",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "consent_given_at",
        "consent_version",
        "consent_wording",
        "source_path",
        "confirmation_sent_at",
    ]
    edit_handler = ObjectList(
        [FieldPanel("first_name"), FieldPanel("interests"), FieldPanel("status")],
        base_form_class=SubscriberAdminForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("export/", export_confirmed, name="export"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="add_subscriber")


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet()


@hooks.register("construct_homepage_panels")
def add_subscribers_panel(request, panels):
    if permission_policy.user_has_any_permission(request.user, ["view", "change"]):
        panels.append(SubscribersPanel())


@hooks.register("register_admin_urls")
def register_issue_sending_urls():
    urls = [
        path("<int:page_id>/send/", send_issue_screen, name="send"),
        path("<int:page_id>/progress/", mailing_progress, name="progress"),
    ]
    return [path("newsletter/issues/", include((urls, "newsletter_admin")))]


def send_screen_url(page):
    return reverse("newsletter_admin:send", args=[page.pk])


class SendIssueMenuItem(ActionMenuItem):
    """In the page editor's action menu of an issue: to the sending screen."""

    label = "Send or schedule…"
    name = "action-send-issue"
    icon_name = "mail"
    order = 60

    def is_shown(self, context):
        page = context.get("page")
        return context.get("view") == "edit" and isinstance(page, NewsletterIssuePage)

    def get_url(self, parent_context):
        return send_screen_url(parent_context["page"])


@hooks.register("register_page_action_menu_item")
def register_send_issue_menu_item():
    return SendIssueMenuItem()


@hooks.register("register_page_header_buttons")
def send_issue_header_button(page, user, next_url=None, view_name=None):
    if isinstance(page.specific_deferred, NewsletterIssuePage):
        yield Button("Send or schedule…", send_screen_url(page), icon_name="mail", priority=5)
