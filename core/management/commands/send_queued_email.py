from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.email import deliver_email
from core.models import OutboundEmail

# Backends that deliver nothing: fine for the request-time task in development, never
# for the retry job that cron runs.
PRINTING_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}


class Command(BaseCommand):
    help = "Retry e-mail that could not be sent yet (run every few minutes from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-attempts",
            type=int,
            default=20,
            help="Give up on a message after this many tries.",
        )

    def handle(self, *args, max_attempts, **options):
        if settings.EMAIL_BACKEND in PRINTING_BACKENDS:
            raise CommandError(
                f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}: the mail would be printed or "
                "dropped and marked as sent. Run with "
                "DJANGO_SETTINGS_MODULE=tweakments.settings.production."
            )
        waiting = OutboundEmail.objects.filter(
            status=OutboundEmail.Status.PENDING, attempts__lt=max_attempts
        ).values_list("pk", flat=True)
        count = 0
        for email_id in waiting.iterator():
            deliver_email.enqueue(email_id)
            count += 1
        self.stdout.write(self.style.SUCCESS(f"Queued {count} e-mail(s) for another try."))
