"""django_tasks_db's `db_worker` (same options), which also takes back the tasks of workers
that died while running them (women_portal/core/task_recovery.py): at start, then every
minute. Its worker id names this machine and process, so other workers can tell it died."""

import logging
import os
import threading
import time

from django.db import connection
from django_tasks_db.management.commands import db_worker

from women_portal.core.task_recovery import new_worker_id, recover_abandoned_tasks

logger = logging.getLogger("women_portal.core.task_recovery")
EVERY_SECONDS = 60


class Command(db_worker.Command):
    help = "Run the background tasks; requeue or fail those whose worker died."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=new_worker_id())

    def handle(self, *args, **options):
        own_id = options["worker_id"]
        options["reload"] = False  # a reloader would run the tasks in another process
        recover_abandoned_tasks(own_id)
        threading.Thread(target=self.keep_recovering, args=(own_id,), daemon=True).start()
        super().handle(*args, **options)

    def keep_recovering(self, own_id: str) -> None:
        while True:
            time.sleep(EVERY_SECONDS)
            try:
                recovered = recover_abandoned_tasks(own_id)
            except Exception:
                logger.exception("Could not look for abandoned tasks")
                recovered = []
            finally:
                connection.close()  # this thread's own connection
            if any(row.worker_ids[-1:] == [own_id] for row in recovered):
                # This worker has been stuck on a task past the limit: the task is queued
                # again (or failed); the service manager starts a fresh worker.
                logger.error("Stuck on a task for too long: stopping this worker")
                os._exit(1)
