from django import forms
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permissions import policy_registry
from wagtail.snippets.action_menu import ActionMenuItem
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from articles.review import ReviewedMixin, is_clinical_reviewer, may_skip_clinical_review
from articles.workflows import log_minor_edit

from . import notifications
from .filters import QuestionFilterSet
from .models import ALICE, AskAlicePage, Question
from .names import first_name_and_initial, initials

PUBLISH_ACTION = "action-publish-answer"
REJECT_ACTION = "action-reject-question"


# --- Moderation in the admin ------------------------------------------------------------


class QuestionEditView(EditView):
    """Saving keeps the status; the "Publish answer" and "Reject" actions change it.

    An answer is health content, so it has its own clinical sign-off: publishing it, or
    changing a published one, is for clinical reviewers, whose doing so stamps them as its
    reviewer (as approving a page's Clinical review step does). Others draft the answer and
    save it; the list's "Awaiting sign-off" filter shows it to the reviewers. Whoever may
    skip review for minor edits may publish too, and that is logged.
    """

    signs_off = minor_edit = False

    @property
    def requested_action(self):
        for action in (PUBLISH_ACTION, REJECT_ACTION):
            if action in self.request.POST:
                return action
        return None

    def is_valid(self, form):
        valid = super().is_valid(form)
        publishing = self.requested_action == PUBLISH_ACTION or (
            self.object.is_published and self.requested_action is None
        )
        answer = strip_tags(form.cleaned_data.get("answer", "")).strip() if valid else ""
        if valid and publishing and not answer:
            form.add_error("answer", "Write the answer before publishing the question.")
            self.produced_error_message = "The question could not be published."
            return False
        public_change = self.requested_action == PUBLISH_ACTION or (
            self.object.is_published and {"question", "answer"} & set(form.changed_data)
        )
        if valid and public_change:
            user = self.request.user
            self.signs_off = is_clinical_reviewer(user)
            self.minor_edit = not self.signs_off and may_skip_clinical_review(user)
            if not (self.signs_off or self.minor_edit):
                form.add_error(
                    None,
                    "Only a clinical reviewer can publish an answer or change a published "
                    "one. Save your draft answer and ask a clinical reviewer to sign it off.",
                )
                self.produced_error_message = "The answer needs clinical sign-off."
                return False
        return valid

    def save_instance(self):
        question = self.form.instance
        if self.requested_action == PUBLISH_ACTION:
            question.publish()
        elif self.requested_action == REJECT_ACTION:
            question.reject()
        if self.signs_off:
            question.stamp_review(self.request.user.expert_profile)
        # One save: a second would renew every cached page and reindex the answer again.
        notify = notifications.mark_asker_notified(question)
        question = super().save_instance()
        if self.minor_edit:
            log_minor_edit(question, self.request.user)
        if notify:
            notifications.answer_published(question, AskAlicePage.find())
        return question

    def get_success_message(self):
        if self.requested_action == PUBLISH_ACTION:
            return f"Question '{self.object}' published; the asker has been e-mailed the link."
        if self.requested_action == REJECT_ACTION:
            return f"Question '{self.object}' rejected."
        return super().get_success_message()


class QuestionActionMenuItem(ActionMenuItem):
    def is_shown(self, context):
        return context["view"] == "edit" and super().is_shown(context)


class PublishAnswerMenuItem(QuestionActionMenuItem):
    name = PUBLISH_ACTION
    label = "Publish answer"
    icon_name = "upload"

    def is_shown(self, context):
        user = context["request"].user
        may_publish = is_clinical_reviewer(user) or may_skip_clinical_review(user)
        return may_publish and super().is_shown(context)


class RejectQuestionMenuItem(QuestionActionMenuItem):
    name = REJECT_ACTION
    label = "Reject"
    icon_name = "cross"

    def is_shown(self, context):
        instance = context.get("instance")
        return super().is_shown(context) and instance.status != Question.Status.REJECTED


@hooks.register("construct_snippet_action_menu")
def publish_first_while_waiting(menu_items, request, context):
    """An unpublished question's main button publishes the answer; Save is in the menu.

    Saving alone keeps the status, so the main button must not leave the asker waiting.
    """
    instance = context.get("instance")
    if not isinstance(instance, Question) or instance.is_published:
        return
    publish = next((item for item in menu_items if item.name == PUBLISH_ACTION), None)
    if publish is not None:
        menu_items.remove(publish)
        menu_items.insert(0, publish)


@hooks.register("register_snippet_action_menu_item")
def publish_answer_menu_item(model):
    return PublishAnswerMenuItem(order=10) if model is Question else None


@hooks.register("register_snippet_action_menu_item")
def reject_question_menu_item(model):
    return RejectQuestionMenuItem(order=20) if model is Question else None


class QuestionAdminForm(WagtailAdminModelForm):
    """Names the default answerer instead of Django's '---------'."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "answered_by" in self.fields:
            self.fields["answered_by"].empty_label = ALICE


class PublicPreviewPanel(Panel):
    """How the question and its asker will read on the site, for either anonymity choice."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "questions/admin/public_preview_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            question = self.instance
            context.update(
                question=question,
                named_as=first_name_and_initial(question.name),
                initials=initials(question.name),
            )
            return context


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = "Questions"
    menu_order = 220
    add_to_admin_menu = True
    edit_view_class = QuestionEditView
    copy_view_enabled = False
    list_display = [
        "title",
        Column("status", label="Status", accessor="get_status_display"),
        Column("answerer", label="Answered by", accessor="answered_by_label"),
        DateColumn("created_at", label="Asked"),
    ]
    filterset_class = QuestionFilterSet
    # Searched in the database, not the public search index (which holds no names).
    search_fields = ["question", "name", "answer"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("status", read_only=True),
                        FieldPanel("created_at", read_only=True, heading="Asked"),
                    ]
                ),
                FieldRowPanel([FieldPanel("name", read_only=True), FieldPanel("anonymous")]),
            ],
            heading="The question",
        ),
        FieldPanel("question"),
        FieldPanel("short_title"),
        PublicPreviewPanel(heading="How it will appear on the site"),
        FieldPanel("answer"),
        FieldPanel(
            "answered_by",
            widget=forms.Select,
            help_text=f"{ALICE} unless an expert wrote the answer; the asker is told who.",
        ),
        FieldPanel("tags"),
        FieldPanel("treatments", widget=forms.CheckboxSelectMultiple),
        *ReviewedMixin.review_panels,
    ]
    edit_handler = ObjectList(panels, base_form_class=QuestionAdminForm)

    @property
    def menu_item_class(self):
        base = super().menu_item_class

        class QuestionsMenuItem(base):
            """'Questions (3 new)': how many wait for an answer, counted on each page load."""

            def render_component(self, request):
                component = super().render_component(request)
                waiting = Question.objects.waiting().count()
                if waiting:
                    component.label = f"{self.label} ({waiting} new)"
                return component

        return QuestionsMenuItem


register_snippet(QuestionViewSet)


class RejectQuestionsBulkAction(SnippetBulkAction):
    display_name = "Reject"
    action_type = "reject"
    aria_label = "Reject selected questions"
    template_name = "questions/admin/confirm_bulk_reject.html"
    action_priority = 20
    models = [Question]

    def check_perm(self, question):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", question
        )

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        count = Question.objects.filter(pk__in=[question.pk for question in objects]).update(
            status=Question.Status.REJECTED
        )
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d question rejected.", "%(count)d questions rejected.", num_parent_objects
        ) % {"count": num_parent_objects}


hooks.register("register_bulk_action", RejectQuestionsBulkAction)


class WaitingQuestionsPanel(Component):
    name = "waiting_questions"
    template_name = "questions/admin/waiting_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        waiting = Question.objects.waiting()
        return {
            "waiting_count": waiting.count(),
            "oldest": waiting.first(),
            "index_url": reverse(Question.snippet_viewset.get_url_name("list"))
            + f"?status={Question.Status.NEW}",
        }


@hooks.register("construct_homepage_panels")
def add_waiting_questions_panel(request, panels):
    policy = policy_registry.get_by_type(Question)
    if policy.user_has_permission(request.user, "change"):
        panels.append(WaitingQuestionsPanel())
