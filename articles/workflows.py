"""Clinical sign-off of health pages: the "Clinical review" workflow step and minor edits.

Health pages (every type with `ReviewedMixin`) are published through a Wagtail workflow
whose step is a `ClinicalReviewTask` for the "Clinical reviewers" group. Approving it
stamps the approver's Expert profile and the date on the page, so the reviewer is
recorded, never typed. Editors outside the group can submit but not publish
(articles/wagtail_hooks.py); whoever holds `articles.skip_clinical_review` may publish a
minor edit straight away, and each such publish is logged.
"""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .review import CLINICAL_REVIEWERS, ReviewedMixin, is_clinical_reviewer

WORKFLOW_NAME = "Clinical review"
MINOR_EDIT_ACTION = "articles.minor_edit"
# What a clinical reviewer needs besides the workflow step: the admin, and answers.
REVIEWER_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("questions", "view_question"),
    ("questions", "change_question"),
]


def is_health_page(page):
    return isinstance(page.specific_deferred, ReviewedMixin)


class ClinicalReviewTask(GroupApprovalTask):
    """Group approval by clinical reviewers, whose approval stamps them on the page."""

    class Meta:
        verbose_name = "clinical review task"
        verbose_name_plural = "clinical review tasks"

    @classmethod
    def get_description(cls):
        return (
            "Clinical reviewers (members of the chosen groups with a registered Expert "
            "profile) approve the page; their name and the date are stamped on it."
        )

    def get_actions(self, obj, user):
        """Anyone in the group may request changes; only a registered reviewer approves."""
        actions = super().get_actions(obj, user)
        if is_clinical_reviewer(user):
            return actions
        return [action for action in actions if action[0] != "approve"]

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            if not is_clinical_reviewer(user):
                raise PermissionDenied("Only a registered clinical reviewer can approve.")
            stamp_latest_revision(task_state.workflow_state.content_object, user)
        return super().on_action(task_state, user, action_name, **kwargs)


def stamp_latest_revision(obj, user):
    """Save the reviewer and date as a new revision, the one the workflow then publishes
    (it publishes `obj`'s latest revision, so `obj` is told of the new one)."""
    content = obj.get_latest_revision_as_object()
    if isinstance(content, ReviewedMixin):
        content.stamp_review(user.expert_profile)
        obj.latest_revision = content.save_revision(user=user, log_action=False, clean=False)


def log_minor_edit(obj, user):
    """A health page or answer published without clinical review (a typo fixed)."""
    log(instance=obj, action=MINOR_EDIT_ACTION, user=user)


def set_up_clinical_review(section_pages):
    """The group, its step and the workflow over these pages (idempotent): used by the demo
    and by tests, and by an operator once from the shell for an existing site."""
    group, _ = Group.objects.get_or_create(name=CLINICAL_REVIEWERS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in={app for app, _ in REVIEWER_PERMISSIONS},
            codename__in={codename for _, codename in REVIEWER_PERMISSIONS},
        )
    )
    task = ClinicalReviewTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = ClinicalReviewTask.objects.create(name=WORKFLOW_NAME)
    task.groups.set([group])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in section_pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
        # The approval publishes the page as the reviewer, who must be allowed to.
        for permission_type in ("change", "publish"):
            if not GroupPagePermission.objects.filter(
                group=group, page=page, permission__codename=f"{permission_type}_page"
            ).exists():
                GroupPagePermission.objects.create(
                    group=group, page=page, permission_type=permission_type
                )
    return group, workflow
