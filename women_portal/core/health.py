"""/health/: can the site serve readers, and does anything need the operator's attention?

Four checks: the database (critical: without it only cached pages are served), the cache
(Redis: while it is down pages come from the database, slower), the task queue (how long
the oldest task ready to run has waited: a stopped worker shows as a growing wait) and the
free space where uploaded files go (MEDIA_ROOT).

  database fails                   -> 503 {"status": "critical", ...}: take the server
                                      out of rotation, page someone
  anything else fails or is low    -> 200 {"status": "warning", ...}: the site serves;
                                      an operator should look
  all well                         -> 200 {"status": "ok", ...}

Each component is reported as "ok", "warning" or "fail" ("unknown" for the task queue
when the database cannot be asked). Nothing more is said to the public; a request made on
the server itself, straight to gunicorn (`curl http://127.0.0.1:8000/health/`, not through
nginx, which always sets X-Real-IP), also gets the figures in "details".

It is answered by a middleware placed before every other one but the request id's: no
host check (a probe may ask for 127.0.0.1), no HTTPS redirect, no language redirect, no
page cache, no session, no site lookup in the database.
"""

import logging
import os
import secrets
import shutil
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models import Case, Count, F, Min, When
from django.db.models.functions import Greatest
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from .errors import RETRY_AFTER_SECONDS

logger = logging.getLogger(__name__)

HEALTH_PATH = "/health/"
OK, WARNING, FAIL, UNKNOWN = "ok", "warning", "fail", "unknown"
CRITICAL = frozenset({"database"})  # without it the site cannot serve
LOCAL_ADDRESSES = frozenset({"127.0.0.1", "::1"})


def check_database() -> tuple[str, dict]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("Health check: the database cannot be reached (%s)", type(error).__name__)
        return FAIL, {"error": type(error).__name__}
    return OK, {}


def check_cache() -> tuple[str, dict]:
    """Write and read back a value through the site's own cache: FailSoftRedisCache never
    raises, it forgets; while Redis is down (or in the few seconds it is left alone after
    a failure) the value does not come back."""
    key, value = f"health:{os.getpid()}", secrets.token_hex(8)
    try:
        cache.set(key, value, timeout=30)
        found = cache.get(key)
    except Exception as error:  # another backend may raise: reported, never a 500
        return FAIL, {"error": type(error).__name__}
    return (OK, {}) if found == value else (FAIL, {"error": "value not kept"})


def check_tasks() -> tuple[str, dict]:
    """The oldest task ready to run: waiting since it was queued, or since the time it was
    to run after. The worker takes one within a second; a long wait means it is stopped,
    stuck, or has far more work than it can do."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    waiting_since = Case(
        When(run_after__lte=now, then=Greatest("enqueued_at", "run_after")),
        default=F("enqueued_at"),
    )
    found = DBTaskResult.objects.ready().aggregate(since=Min(waiting_since), ready=Count("pk"))
    oldest = int((now - found["since"]).total_seconds()) if found["since"] else 0
    limit = settings.HEALTH_TASK_MAX_AGE
    details = {"ready": found["ready"], "oldest_seconds": oldest, "limit_seconds": limit}
    return (WARNING if oldest > limit else OK), details


def check_disk() -> tuple[str, dict]:
    path = Path(settings.MEDIA_ROOT)
    while not path.exists() and path != path.parent:  # not made yet: the disk it will be on
        path = path.parent
    try:
        free_mb = shutil.disk_usage(path).free // (1024 * 1024)
    except OSError as error:
        return FAIL, {"error": type(error).__name__}
    limit = settings.HEALTH_DISK_MIN_FREE_MB
    return (WARNING if free_mb < limit else OK), {"free_mb": free_mb, "min_free_mb": limit}


def run_checks() -> dict[str, tuple[str, dict]]:
    results = {"database": check_database(), "cache": check_cache()}
    if results["database"][0] == OK:
        try:
            results["tasks"] = check_tasks()
        except DatabaseError as error:  # e.g. the table not migrated yet
            results["tasks"] = (FAIL, {"error": type(error).__name__})
    else:
        results["tasks"] = (UNKNOWN, {})
    results["disk"] = check_disk()
    return results


def is_local(request) -> bool:
    """Asked on the server itself, straight to gunicorn: nginx sets X-Real-IP on every
    request it passes on (proxy_params), whoever sends it."""
    return request.META.get("REMOTE_ADDR") in LOCAL_ADDRESSES and not any(
        name in request.META for name in ("HTTP_X_REAL_IP", "HTTP_X_FORWARDED_FOR")
    )


def health(request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    results = run_checks()
    if any(results[name][0] != OK for name in CRITICAL):
        status = "critical"
    elif any(state != OK for state, _ in results.values()):
        status = "warning"
    else:
        status = "ok"
    body = {"status": status, "checks": {name: state for name, (state, _) in results.items()}}
    if is_local(request):
        body["details"] = {name: details for name, (_, details) in results.items()}
    response = JsonResponse(body, status=503 if status == "critical" else 200)
    add_never_cache_headers(response)
    if status == "critical":
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class HealthCheckMiddleware:
    """Answers /health/ before the rest of the site's middleware (see the module's text)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH:
            return health(request)
        return self.get_response(request)
