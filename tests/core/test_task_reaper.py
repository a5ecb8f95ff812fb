"""Task rows left RUNNING by a worker that was killed (kill -9, out of memory) are marked
failed: by that worker when it starts again, or by `prune` once they are old."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.email import deliver_email

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = DATABASE_TASKS


def running(worker_id, started_minutes_ago=1):
    """A task claimed by `worker_id`, as the worker leaves it when it is killed mid-task."""
    row = DBTaskResult.objects.get(pk=deliver_email.enqueue(0).id)
    row.claim(worker_id)
    DBTaskResult.objects.filter(pk=row.pk).update(
        started_at=timezone.now() - datetime.timedelta(minutes=started_minutes_ago)
    )
    return row


def status(row):
    row.refresh_from_db()
    return row.status


def test_a_restarted_worker_marks_failed_what_it_left_running(database_tasks, monkeypatch):
    # The worker drops stale connections between tasks; inside this test's transaction
    # that would close the test's own connection (PostgreSQL).
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    abandoned = running("web1-worker-1")
    elsewhere = running("web2-worker-1")  # another worker, alive and busy
    call_command("db_worker", worker_id="web1-worker-1", batch=True, startup_delay=False)
    assert status(abandoned) == "FAILED"
    abandoned.refresh_from_db()
    assert "stopped while running" in abandoned.traceback and abandoned.finished_at
    assert status(elsewhere) == "RUNNING"


def test_prune_marks_failed_tasks_running_far_too_long(database_tasks, settings):
    settings.TASK_STALLED_AFTER_MINUTES = 60
    stalled = running("gone-for-good", started_minutes_ago=61)
    busy = running("still-busy", started_minutes_ago=5)
    call_command("prune")
    assert status(stalled) == "FAILED"
    assert status(busy) == "RUNNING"


def test_prune_deletes_finished_task_rows_past_their_age(database_tasks, settings):
    settings.TASK_RESULT_RETENTION_DAYS = 14

    def finished(days_ago, status="SUCCESSFUL"):
        row = DBTaskResult.objects.get(pk=deliver_email.enqueue(0).id)
        DBTaskResult.objects.filter(pk=row.pk).update(
            status=status, finished_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
        return row.pk

    finished(15)
    finished(15, status="FAILED")
    kept = {
        finished(13),
        running("busy").pk,
        DBTaskResult.objects.get(pk=deliver_email.enqueue(0).id).pk,
    }
    call_command("prune")
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == kept
