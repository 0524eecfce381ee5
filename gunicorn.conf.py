"""gunicorn settings for production (`make serve`); each can be changed by environment."""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# The usual (2 x cores) + 1 sync workers: a page is mostly database and template work.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = 30
# Recycle workers now and then, so memory stays flat over weeks.
max_requests = 20000
max_requests_jitter = 2000
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("ACCESS_LOG")  # unset: no access log, nothing about readers kept
