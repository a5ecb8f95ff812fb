from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from core.tasks import reap_abandoned


class Command(DatabaseWorkerCommand):
    help = (
        "Run the background task worker (django-tasks-db's db_worker). Started with a fixed "
        "--worker-id, it first marks failed the tasks it left running when it was last killed."
    )

    def handle(self, *args, worker_id, **options):
        reaped = reap_abandoned(worker_id)
        if reaped:
            self.stderr.write(f"Marked {reaped} task(s) failed that this worker left running.")
        super().handle(*args, worker_id=worker_id, **options)
