"""Signing in to the admin: django-axes' lock-out page, and a password reset whose
e-mail goes through the outbox."""

import datetime

from django.conf import settings
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.admin.forms.auth import PasswordResetForm

from .email import queue_email
from .models import OutboundEmail

RESETS_PER_HOUR = 3


def lockout_response(request, *args, **kwargs):
    """AXES_LOCKOUT_CALLABLE: shown while an address or a username is locked out (rendered
    here: django-axes returns it from its middleware, after the template stage)."""
    return render(
        request,
        "tweakments/admin_locked_out.html",
        {
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
        status=429,
    )


class OutboxPasswordResetForm(PasswordResetForm):
    """The link is queued, not sent inside the request, so a mail server outage delays it
    instead of losing it; and a few an hour per account, so the form cannot flood an inbox."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        user = context["user"]
        an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
        recent = OutboundEmail.objects.to_address(to_email).about(user)
        if recent.filter(created_at__gte=an_hour_ago).count() >= RESETS_PER_HOUR:
            return
        queue_email(
            to_email,
            render_to_string(subject_template_name, context),
            email_template_name.removesuffix(".txt"),
            context,
            about=user,
        )
