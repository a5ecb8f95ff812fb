from django.core.management.base import BaseCommand

from core import privacy


class Command(BaseCommand):
    help = (
        "Delete what is past its retention period, in every app: sent e-mail after "
        "OUTBOX_RETENTION_DAYS, rejected questions after REJECTED_QUESTION_RETENTION_DAYS "
        "(run daily from cron)."
    )

    def handle(self, *args, **options):
        for label, deleted in privacy.prune().items():
            self.stdout.write(f"{label}: deleted {deleted}")
        self.stdout.write(self.style.SUCCESS("Done."))
