"""Sending an issue, as data: its Mailing (scheduled, sending, sent) and one Delivery
row per reader. The work itself is in newsletter/sending.py."""

from django.conf import settings
from django.db import models
from django.db.models import Count


class MailingQuerySet(models.QuerySet):
    def last_started(self):
        return (
            self.filter(started_at__isnull=False)
            .select_related("issue")
            .order_by("-started_at")
            .first()
        )


class Mailing(models.Model):
    """Sending one issue: scheduled, under way or done. Kept apart from the page so that
    publishing a revision can never rewind it."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"

    issue = models.OneToOneField(
        "newsletter.NewsletterIssuePage", on_delete=models.CASCADE, related_name="mailing"
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.SCHEDULED)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Each start or resume of the sending task takes the next number; a task that finds
    # a newer number stops, so a resumed send never runs twice side by side.
    run = models.PositiveIntegerField(default=0)
    last_progress_at = models.DateTimeField(null=True, blank=True)

    objects = MailingQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["status", "scheduled_for"])]

    def __str__(self):
        return f"{self.issue} ({self.get_status_display()})"

    def progress(self):
        """How many deliveries are in each state, every state present (one query)."""
        counts = dict(
            self.issue.deliveries.values_list("status").annotate(total=Count("pk")).order_by()
        )
        figures = {status: counts.get(status, 0) for status in Delivery.Status.values}
        figures["total"] = sum(counts.values())
        return figures


class DeliveryQuerySet(models.QuerySet):
    def outstanding(self):
        return self.filter(status__in=[Delivery.Status.WAITING, Delivery.Status.QUEUED])


class Delivery(models.Model):
    """One issue for one subscriber: created for everyone at the start, then worked
    through in batches. The unique constraint is what makes "never twice" hold."""

    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting"
        QUEUED = "queued", "In the outbox"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (unsubscribed)"

    issue = models.ForeignKey(
        "newsletter.NewsletterIssuePage", on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        "newsletter.Subscriber", on_delete=models.CASCADE, related_name="deliveries"
    )
    # Nullable: the outbox's rows may be pruned or erased without touching the figures.
    email = models.ForeignKey(
        "tweakments.OutboundEmail",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.WAITING)
    retry_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="newsletter_one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["issue", "status"])]
        verbose_name_plural = "deliveries"

    def __str__(self):
        return f"{self.issue} → {self.subscriber}"
