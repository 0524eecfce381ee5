"""/health/ (women_portal/core/health.py): what monitoring and nginx are told, and what
the public is not."""

import datetime
import shutil
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

LOCAL = {"REMOTE_ADDR": "127.0.0.1"}  # straight to gunicorn, on the server
THROUGH_NGINX = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_REAL_IP": "203.0.113.7"}


@pytest.fixture(autouse=True)
def enough_disk(settings):
    settings.HEALTH_DISK_MIN_FREE_MB = 1  # whatever the test machine's disk holds


def ready_task(waiting: datetime.timedelta, run_after=None, status="READY") -> DBTaskResult:
    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="library.tasks.read_library_file",
        backend_name="default",
        run_after=run_after or get_date_max(),
        status=status,
    )
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=timezone.now() - waiting)
    return task


def test_all_healthy_is_200_ok_with_the_figures_for_the_server_itself(client, db):
    response = client.get("/health/", **LOCAL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"] == {"database": "ok", "cache": "ok", "tasks": "ok", "disk": "ok"}
    assert body["details"]["tasks"] == {"ready": 0, "oldest_seconds": 0, "limit_seconds": 900}
    assert body["details"]["disk"]["free_mb"] >= 1


def test_the_public_is_told_only_ok_or_not_per_component(client, db):
    response = client.get("/health/", **THROUGH_NGINX)
    assert response.status_code == 200
    assert set(response.json()) == {"status", "checks"}


def test_a_task_waiting_too_long_is_reported_but_the_site_stays_in_rotation(client, db):
    ready_task(datetime.timedelta(seconds=30))
    assert client.get("/health/", **LOCAL).json()["checks"]["tasks"] == "ok"

    ready_task(datetime.timedelta(hours=2))  # no worker has run for two hours
    response = client.get("/health/", **LOCAL)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "warning" and body["checks"]["tasks"] == "warning"
    assert body["details"]["tasks"]["ready"] == 2
    assert 7100 < body["details"]["tasks"]["oldest_seconds"] < 7300


def test_task_age_counts_from_when_it_was_to_run_and_only_for_ready_tasks(client, db):
    now = timezone.now()
    ready_task(datetime.timedelta(days=3), run_after=now - datetime.timedelta(seconds=60))
    ready_task(datetime.timedelta(days=3), run_after=now + datetime.timedelta(hours=1))
    ready_task(datetime.timedelta(days=3), status="SUCCESSFUL")
    ready_task(datetime.timedelta(days=3), status="FAILED")
    details = client.get("/health/", **LOCAL).json()["details"]["tasks"]
    assert details["ready"] == 1 and 50 < details["oldest_seconds"] < 200


@override_settings(HEALTH_TASK_MAX_AGE=60)
def test_the_task_age_limit_is_a_setting(client, db):
    ready_task(datetime.timedelta(seconds=120))
    assert client.get("/health/", **LOCAL).json()["checks"]["tasks"] == "warning"


def test_low_disk_space_is_a_warning_with_the_figures(client, db, settings):
    free_mb = shutil.disk_usage(settings.MEDIA_ROOT).free // (1024 * 1024)
    settings.HEALTH_DISK_MIN_FREE_MB = free_mb + 1024
    response = client.get("/health/", **LOCAL)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "warning" and body["checks"]["disk"] == "warning"
    assert body["details"]["disk"]["min_free_mb"] == free_mb + 1024
    settings.HEALTH_DISK_MIN_FREE_MB = max(free_mb - 1024, 1)
    assert client.get("/health/", **LOCAL).json()["checks"]["disk"] == "ok"


def test_media_root_not_made_yet_is_checked_on_its_disk(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "not" / "made" / "yet"
    assert client.get("/health/", **LOCAL).json()["checks"]["disk"] == "ok"


def test_database_down_is_503_critical(client, db, monkeypatch):
    def refused(*args, **kwargs):
        raise OperationalError("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr(connection, "cursor", refused)
        response = client.get("/health/", **THROUGH_NGINX)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    body = response.json()
    assert body == {
        "status": "critical",
        "checks": {"database": "fail", "cache": "ok", "tasks": "unknown", "disk": "ok"},
    }
    assert "refused" not in response.content.decode()  # the public gets no error text


def test_cache_that_keeps_nothing_is_reported_and_the_site_stays_in_rotation(client, db):
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
        "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=caches):
        response = client.get("/health/", **LOCAL)
    assert response.status_code == 200
    assert response.json()["status"] == "warning"
    assert response.json()["checks"]["cache"] == "fail"


def test_probes_skip_host_check_https_redirect_language_and_page_cache(
    client, db, settings, page_cache, django_assert_num_queries
):
    """A probe on the server asks gunicorn for http://127.0.0.1:8000/health/: in
    production that host is not allowed and plain HTTP is redirected, for any other
    address."""
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    with django_assert_num_queries(2):  # SELECT 1 and the task queue; no site, no session
        response = client.get("/health/", HTTP_HOST="127.0.0.1:8000", **LOCAL)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert response.json()["status"] == "ok"
    assert client.get("/ar/", HTTP_HOST="127.0.0.1:8000").status_code == 400  # the site: not


def test_health_answers_only_get_and_head_and_carries_the_request_id(client, db):
    assert client.post("/health/").status_code == 405
    assert client.head("/health/").status_code == 200
    response = client.get("/health/", HTTP_X_REQUEST_ID="0123456789abcdef0123456789abcdef")
    assert response["X-Request-ID"] == "0123456789abcdef0123456789abcdef"


def test_the_checks_in_the_cron_file_and_the_docs_match_what_the_endpoint_answers(client, db):
    root = Path(__file__).resolve().parents[2]
    healthy = client.get("/health/", **THROUGH_NGINX).content.decode()
    assert healthy.startswith('{"status": "ok", ')
    cron = (root / "docs" / "deploy" / "women-portal.cron").read_text()
    assert "http://127.0.0.1:8000/health/" in cron and """*'"status": "ok"'*""" in cron
    assert """grep -q '"status": "ok"'""" in (root / "docs" / "deploy.md").read_text()
