"""The sending screen of a newsletter issue in the Wagtail admin: previews, a test to the
editor, "Send to N subscribers" with a confirmation step, scheduling, and the progress
of a send (refreshed by static/js/newsletter-progress.js from `mailing_progress`)."""

from django import forms
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.admin.auth import permission_denied
from wagtail.admin.widgets import AdminDateTimeInput

from .deliveries import Delivery, Mailing
from .models import NewsletterIssuePage
from .sending import cancel_schedule, schedule_sending, send_test, start_sending

FAILURES_SHOWN = 200


class ConfirmSendForm(forms.Form):
    """The editor confirms the number they were shown; if the audience changed since,
    they are asked again with the new number."""

    recipients = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, current_count, **kwargs):
        super().__init__(*args, **kwargs)
        self.current_count = current_count

    def clean_recipients(self):
        if self.cleaned_data["recipients"] != self.current_count:
            raise forms.ValidationError(
                f"The audience has changed: it is now {self.current_count}. Please confirm again."
            )
        return self.current_count


class ScheduleForm(forms.Form):
    send_at = forms.DateTimeField(
        label="Send on",
        widget=AdminDateTimeInput,
        help_text="UK time, as year-month-day hours:minutes, for example 2027-01-15 09:30.",
    )

    def clean_send_at(self):
        send_at = self.cleaned_data["send_at"]
        if send_at <= timezone.now():
            raise forms.ValidationError("Choose a time in the future.")
        return send_at


def _issue_for(request, page_id):
    issue = get_object_or_404(NewsletterIssuePage, pk=page_id)
    permissions = issue.permissions_for_user(request.user)
    return issue, permissions.can_edit(), permissions.can_publish()


def progress_figures(mailing):
    figures = mailing.progress()
    done = figures["sent"] + figures["failed"] + figures["skipped"]
    return {
        "status": mailing.status,
        "status_label": mailing.get_status_display(),
        "percent": round(100 * done / figures["total"]) if figures["total"] else 100,
        **figures,
    }


@require_http_methods(["GET", "POST"])
def send_issue_screen(request, page_id):
    issue, can_edit, can_send = _issue_for(request, page_id)
    if not can_edit:
        return permission_denied(request)
    draft = issue.get_latest_revision_as_object()
    recipients = draft.recipients().count()
    confirm_form = ConfirmSendForm(initial={"recipients": recipients}, current_count=recipients)
    schedule_form = ScheduleForm()
    action = request.POST.get("action")
    if action and action != "test" and not can_send:
        return permission_denied(request)
    if action == "test":
        if not request.user.email:
            messages.error(request, "Your account has no e-mail address to send the test to.")
        else:
            send_test(issue, request.user.email)
            messages.success(request, f"A test copy is on its way to {request.user.email}.")
        return redirect(request.path)
    if action == "send":
        confirm_form = ConfirmSendForm(request.POST, current_count=recipients)
        if confirm_form.is_valid():
            started = start_sending(issue, request.user)
            if started is None:
                messages.warning(request, "This issue has already been sent.")
            else:
                messages.success(request, f"Sending to {started} subscribers.")
            return redirect(request.path)
    elif action == "schedule":
        schedule_form = ScheduleForm(request.POST)
        if schedule_form.is_valid():
            when = schedule_form.cleaned_data["send_at"]
            if schedule_sending(issue, when, request.user):
                local = timezone.localtime(when)
                messages.success(request, f"Scheduled for {local:%d %B %Y at %H:%M}.")
            else:
                messages.warning(request, "This issue has already been sent.")
            return redirect(request.path)
    elif action == "cancel":
        if cancel_schedule(issue):
            messages.success(request, "The scheduled send is cancelled.")
        return redirect(request.path)

    mailing = issue.mailing_or_none
    confirming = action == "send" or request.GET.get("confirm") == "1"
    context = {
        "page_title": "Send newsletter issue",
        "page_subtitle": issue.title,
        "header_title": f"Send: {issue.title}",
        "header_icon": "mail",
        "issue": issue,
        "draft": draft,
        "mailing": mailing,
        "started": bool(mailing and mailing.started_at),
        "can_send": can_send,
        "recipients": recipients,
        "confirming": confirming and can_send,
        "confirm_form": confirm_form,
        "schedule_form": schedule_form,
        "progress": progress_figures(mailing) if mailing and mailing.started_at else None,
        "failures": issue.deliveries.filter(status=Delivery.Status.FAILED)
        .select_related("subscriber")
        .order_by("pk")[:FAILURES_SHOWN],
        "edit_url": reverse("wagtailadmin_pages:edit", args=[issue.pk]),
        "preview_web_url": reverse("wagtailadmin_pages:view_draft", args=[issue.pk]),
        "preview_email_url": reverse("wagtailadmin_pages:view_draft", args=[issue.pk])
        + "?mode=email",
        "progress_url": reverse("newsletter_admin:progress", args=[issue.pk]),
    }
    return TemplateResponse(request, "newsletter/admin/send_issue.html", context)


@require_GET
def mailing_progress(request, page_id):
    issue, can_edit, _ = _issue_for(request, page_id)
    if not can_edit:
        return permission_denied(request)
    mailing = get_object_or_404(Mailing, issue=issue)
    return JsonResponse(progress_figures(mailing))
