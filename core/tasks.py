"""The database task backend's rows: those whose worker died (kill -9, out of memory, a
lost machine), and finished ones past their retention.

The database task backend marks a row RUNNING when a worker claims it and FAILED or
SUCCESSFUL when the task ends; a worker killed in between leaves it RUNNING for ever. Two
ways find such rows and mark them failed:
- a worker starting under a fixed id (`db_worker --worker-id`, as the systemd unit runs it)
  reaps what it left running under that id: ids are unique, so nothing else holds them;
- `manage.py prune` reaps any row still running TASK_STALLED_AFTER_MINUTES after it began,
  far longer than any of our tasks takes.
What the killed task was doing has its own recovery: an e-mail claimed mid-send is never
sent twice (core.email), and `newsletter_send` resumes a stalled send.

Finished rows (their arguments name e-mails and pages) are deleted by `prune` after
TASK_RESULT_RETENTION_DAYS.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)


class WorkerLost(Exception):
    """Recorded on a reaped row as the reason it failed."""


def _rows():
    from django_tasks_db.models import DBTaskResult  # installed with the database backend

    return DBTaskResult.objects


def _running():
    return _rows().running()


def _mark_failed(rows, why):
    for row in rows:
        row.set_failed(WorkerLost(f"The worker stopped while running this task ({why})."))
        logger.warning("Task %s (%s) marked failed: %s", row.pk, row.task_path, why)
    return len(rows)


def reap_abandoned(worker_id):
    """Mark failed the rows `worker_id` was running when it last stopped; returns how many."""
    rows = [row for row in _running() if row.worker_ids[-1:] == [worker_id]]
    return _mark_failed(rows, f"worker {worker_id} started again")


def reap_stalled(now=None):
    """Mark failed the rows running for longer than TASK_STALLED_AFTER_MINUTES."""
    cutoff = (now or timezone.now()) - datetime.timedelta(
        minutes=settings.TASK_STALLED_AFTER_MINUTES
    )
    rows = list(_running().filter(started_at__lt=cutoff))
    return _mark_failed(rows, f"still running after {settings.TASK_STALLED_AFTER_MINUTES} minutes")


def prune_finished(now=None):
    """Delete rows of tasks that finished more than TASK_RESULT_RETENTION_DAYS ago."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.TASK_RESULT_RETENTION_DAYS)
    deleted, _ = _rows().finished().filter(finished_at__lt=cutoff).delete()
    return deleted
