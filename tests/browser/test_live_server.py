"""The live server the browser tests share: stopping it waits for the requests it is still
answering, so none keeps its database session after the run (PostgreSQL then refuses to drop
the test database; tests/conftest.py names such sessions)."""

import threading
import time
import urllib.error
import urllib.request

from django.core.signals import request_started
from django.db import connection, transaction
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Site

from .conftest import stop_once_answered

SLOW = "/ar/answered-slowly/"


def test_stopping_the_live_server_waits_for_the_requests_it_answers(django_db_setup):
    being_answered = threading.Event()

    def slow_after_a_write(sender, environ=None, **kwargs):
        # As the session left open was: idle after a COMMIT, its request not answered yet.
        if environ and environ.get("PATH_INFO") == SLOW:
            with transaction.atomic():
                Site.objects.filter(pk=-1).update(port=80)
            being_answered.set()
            time.sleep(2)

    def ask():
        try:
            urllib.request.urlopen(server.url + SLOW, timeout=30).close()  # noqa: S310
        except (urllib.error.URLError, ConnectionError):
            pass  # its answer does not matter

    sessions_before = other_sessions()
    server = LiveServer("localhost")
    request_started.connect(slow_after_a_write)
    try:
        threading.Thread(target=ask, daemon=True).start()
        assert being_answered.wait(30)
        stop_once_answered(server)
    finally:
        request_started.disconnect(slow_after_a_write)
    answering = [t for t in threading.enumerate() if t.name.endswith("(process_request_thread)")]
    assert answering == []
    if connection.vendor == "postgresql":  # no session of the stopped server is left
        assert other_sessions() <= sessions_before


def other_sessions() -> set[int]:
    """Sessions on the test database but this one (the suite's shared live server may hold
    some: only those of the server stopped here must be gone)."""
    if connection.vendor != "postgresql":
        return set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        return {pid for (pid,) in cursor.fetchall()}
