from django.conf import settings
from django.core.management.base import BaseCommand

from core import privacy
from core.tasks import prune_finished, reap_stalled


class Command(BaseCommand):
    help = (
        "Delete what is past its retention period, in every app: sent e-mail after "
        "OUTBOX_RETENTION_DAYS, rejected questions after REJECTED_QUESTION_RETENTION_DAYS, "
        "sign-in records after SIGN_IN_RECORD_RETENTION_DAYS (run daily). Also marks failed "
        "the background tasks left running by a worker that died (TASK_STALLED_AFTER_MINUTES), "
        "and deletes finished ones after TASK_RESULT_RETENTION_DAYS."
    )

    def handle(self, *args, **options):
        for label, deleted in privacy.prune().items():
            self.stdout.write(f"{label}: deleted {deleted}")
        if "django_tasks_db" in settings.INSTALLED_APPS:
            stalled, finished = reap_stalled(), prune_finished()
            self.stdout.write(
                f"tasks: marked {stalled} stalled task(s) failed, deleted {finished} finished"
            )
        self.stdout.write(self.style.SUCCESS("Done."))
