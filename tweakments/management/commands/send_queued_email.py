from django.core.management.base import BaseCommand

from tweakments.email import deliver_email
from tweakments.models import OutboundEmail


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
        waiting = OutboundEmail.objects.filter(
            status=OutboundEmail.Status.PENDING, attempts__lt=max_attempts
        ).values_list("pk", flat=True)
        count = 0
        for email_id in waiting.iterator():
            deliver_email.enqueue(email_id)
            count += 1
        self.stdout.write(self.style.SUCCESS(f"Queued {count} e-mail(s) for another try."))
