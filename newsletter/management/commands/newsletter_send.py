from django.core.management.base import BaseCommand

from newsletter.sending import resume_stalled, start_scheduled


class Command(BaseCommand):
    help = (
        "Start newsletter issues scheduled for now or earlier, and resume sends whose "
        "worker stopped (run every minute from cron)."
    )

    def handle(self, *args, **options):
        started = start_scheduled()
        resumed = resume_stalled()
        self.stdout.write(
            self.style.SUCCESS(f"Started {started} scheduled issue(s); resumed {resumed}.")
        )
