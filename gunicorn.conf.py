"""gunicorn settings for production (`make serve`); each can be changed by environment."""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# The usual (2 x cores) + 1 sync workers: a page is mostly database and template work.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = 30
# Recycle workers now and then, so memory stays flat over weeks. The application is loaded
# once, before the workers fork: a recycled worker starts at once instead of importing
# Django and Wagtail again (a second of a core, during which a busy site answered slower).
# No database connection is opened while loading, so none is shared between workers.
# The jitter is half the limit: workers share the load evenly, so with a small jitter they
# all restarted within seconds of each other, and pages waited meanwhile (seen in the bench).
max_requests = 100_000
max_requests_jitter = 50_000
preload_app = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("ACCESS_LOG")  # unset: no access log, nothing about readers kept


def when_ready(server):
    """Before the workers are forked: each starts with the URLs and templates ready."""
    from women_portal.wsgi import load_ahead

    load_ahead()


def worker_abort(worker):
    """A request outlived `timeout`: the master stops its worker, and no Django error is
    logged. Say where it was stuck, with the request's id (nginx answered the reader 502
    and logged the same id in its failure log)."""
    import traceback

    from women_portal.core.observability import current_request_id

    worker.log.error(
        "Worker %s stopped: request %s took more than %s s; it was at:\n%s",
        worker.pid,
        current_request_id(),
        timeout,
        "".join(traceback.format_stack()).rstrip(),
    )
