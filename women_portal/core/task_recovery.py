"""Tasks whose worker died while running them (killed, out of memory, machine restarted).

django_tasks_db's worker marks a task RUNNING when it takes it and FAILED or SUCCESSFUL when
it ends; a worker killed in between leaves it RUNNING for ever. `recover_abandoned_tasks`,
run by every `task_worker` at start and then every minute, puts such a task back in the
queue, or marks it FAILED after TASK_MAX_ATTEMPTS runs and sends django-tasks'
`task_finished` signal, so the app that queued it can tell its users.

A task is abandoned when the worker that took it last is gone: a `task_worker` of this
machine whose process no longer exists, or any worker, here or elsewhere, that has been
running it longer than TASK_ABANDONED_AFTER (a worker that hangs on it stops itself then).
"""

import logging
import os
import socket
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import TaskResult, TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

HOST = socket.gethostname()[:40]  # db_worker refuses worker ids longer than 64 characters
MAX_ATTEMPTS = 3
ABANDONED_AFTER = timedelta(minutes=30)  # far longer than reading the largest document


class WorkerStopped(Exception):
    """What a task that kept losing its worker failed with (its class path is stored)."""


WORKER_STOPPED = f"{WorkerStopped.__module__}.{WorkerStopped.__qualname__}"


def new_worker_id() -> str:
    """`<host>:<pid>:<random>`: the pid tells whether the worker still lives, the random
    part tells this process from an earlier one that had the same pid (before a reboot)."""
    return f"{HOST}:{os.getpid()}:{get_random_string(8)}"


def worker_is_alive(worker_id: str, own_id: str | None) -> bool:
    """False only when sure: a `task_worker` of this machine whose process is gone."""
    host, _, rest = worker_id.partition(":")
    pid = rest.split(":")[0]
    if host != HOST or not pid.isdigit():
        return True  # another machine's, or another kind of worker: only time tells
    if int(pid) == os.getpid():
        return worker_id == own_id
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # a process of another user has that pid now: only time tells
    return True


def stopped_by_worker_death(task_result: TaskResult) -> bool:
    """Did this FAILED task fail because its workers kept dying (rather than by an error)?"""
    return any(error.exception_class_path == WORKER_STOPPED for error in task_result.errors)


def recover_abandoned_tasks(own_id: str | None = None) -> list[DBTaskResult]:
    """Requeue or fail the RUNNING tasks whose worker is gone; returns them."""
    max_attempts = getattr(settings, "TASK_MAX_ATTEMPTS", MAX_ATTEMPTS)
    too_old = timezone.now() - getattr(settings, "TASK_ABANDONED_AFTER", ABANDONED_AFTER)
    abandoned = [
        row
        for row in DBTaskResult.objects.running()
        if not row.worker_ids
        or row.started_at is None
        or row.started_at < too_old
        or not worker_is_alive(row.worker_ids[-1], own_id)
    ]
    recovered = []
    for row in abandoned:
        attempts = len(row.worker_ids)
        last = row.worker_ids[-1] if row.worker_ids else "?"
        if attempts >= max_attempts:
            message = (
                f"The worker stopped while running this task, {attempts} times (last: {last})."
            )
            change = {
                "status": TaskResultStatus.FAILED,
                "finished_at": timezone.now(),
                "exception_class_path": WORKER_STOPPED,
                "traceback": f"{WORKER_STOPPED}: {message}\n",
                "return_value": None,
            }
        else:
            change = {"status": TaskResultStatus.READY}  # the next worker takes it again
        # Only if still as seen: not taken again, nor recovered by another worker meanwhile.
        still = DBTaskResult.objects.filter(
            pk=row.pk, status=TaskResultStatus.RUNNING, started_at=row.started_at
        )
        if not still.update(**change):
            continue
        logger.warning(
            "Task id=%s path=%s: its worker %s stopped while running it (attempt %d of %d): %s",
            row.pk,
            row.task_path,
            last,
            attempts,
            max_attempts,
            "marked failed" if attempts >= max_attempts else "queued again",
        )
        for field, value in change.items():
            setattr(row, field, value)
        recovered.append(row)
    for row in recovered:
        if row.status != TaskResultStatus.FAILED:
            continue
        try:
            task_result = row.task_result
            sender = type(task_result.task.get_backend())
        except (ImportError, SuspiciousOperation):
            continue  # its code is gone: nobody to tell
        task_finished.send(sender=sender, task_result=task_result)
    return recovered
