"""Errors are logged with their traceback and the request's id, without readers' personal
data; with SENTRY_DSN they go to Sentry scrubbed (women_portal/core/observability.py)."""

import io
import logging
import re
import runpy
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest
import sentry_sdk
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import OperationalError, close_old_connections
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from sentry_sdk.transport import Transport

from women_portal.core import observability
from women_portal.core.observability import (
    LogFormatter,
    current_request_id,
    init_sentry,
    redact,
    scrub_event,
)

# What a member wrote, her address and her IP: never in a log line or a Sentry event. Made
# up of parts, as Sentry sends the lines of source code around an error (ours never hold
# readers' data; this file's would).
POST_TEXT = " ".join(["نص", "رسالتها", "الخاصة"])
EMAIL = "salma.b" + "@" + "example.org"
READER_IP = ".".join(["196", "203", "12", "34"])


@csrf_exempt  # a form sent to it is part of what Sentry must not get
def fails(request):
    raise ValueError(f"could not handle {EMAIL}")


def database_down(request):
    raise OperationalError("server closed the connection unexpectedly")


def logs(request):
    logging.getLogger("women_portal.test").warning("something to look at")
    return HttpResponse("ok")


urlpatterns = [
    path("fails/", fails),
    path("database-down/", database_down),
    path("logs/", logs),
]
handler500 = "women_portal.core.errors.server_error"


@pytest.fixture
def stderr():
    """What the console handler (standard error: the journal) writes."""
    handler = next(h for h in logging.getLogger().handlers if h.name == "console")
    written = io.StringIO()
    previous = handler.setStream(written)
    yield written
    handler.setStream(previous)


@pytest.fixture
def failing_client(db):
    with override_settings(ROOT_URLCONF=__name__):
        yield Client(raise_request_exception=False)


def test_a_request_id_is_made_or_taken_from_nginx_and_answered(client, db):
    made = {client.get("/robots.txt")["X-Request-ID"] for _ in range(3)}
    assert len(made) == 3 and all(re.fullmatch(r"[0-9a-f]{32}", found) for found in made)
    given = "5f0c6e1d2a3b4c5d6e7f8091a2b3c4d5"
    assert client.get("/robots.txt", HTTP_X_REQUEST_ID=given)["X-Request-ID"] == given
    for bad in ("short", "x" * 65, "has space in it", "line\nbreak-injected", "[brackets]"):
        answered = client.get("/robots.txt", HTTP_X_REQUEST_ID=bad)["X-Request-ID"]
        assert answered != bad and re.fullmatch(r"[0-9a-f]{32}", answered)
    assert current_request_id() == "-"  # nothing left behind after a request


def test_an_unhandled_error_is_logged_with_its_traceback_and_request_id(failing_client, stderr):
    response = failing_client.get("/fails/", HTTP_X_REQUEST_ID="req-0123456789")
    assert response.status_code == 500
    assert response["X-Request-ID"] == "req-0123456789"
    lines = stderr.getvalue().splitlines()
    assert lines[0] == "ERROR django.request [req-0123456789] Internal Server Error: /fails/"
    assert "[req-0123456789] Traceback (most recent call last):" in lines
    assert any("in fails" in line for line in lines)
    # Every line of it carries the id: `journalctl -g <id>` shows the whole traceback.
    assert all(line.startswith(("ERROR", "[req-0123456789]")) for line in lines)
    assert "could not handle [email]" in lines[-1] and EMAIL not in stderr.getvalue()


def test_a_database_outage_still_answers_503_and_is_logged(failing_client, stderr):
    response = failing_client.get("/database-down/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 503 and response["Retry-After"] == "10"
    request_id = response["X-Request-ID"]
    log = stderr.getvalue()
    assert f"ERROR django.request [{request_id}] Service Unavailable: /database-down/" in log
    assert "OperationalError: server closed the connection unexpectedly" in log


def test_lines_logged_during_a_request_carry_its_id_and_others_a_dash(failing_client, stderr):
    response = failing_client.get("/logs/")
    logging.getLogger("women_portal.test").warning("outside any request")
    assert stderr.getvalue().splitlines() == [
        f"WARNING women_portal.test [{response['X-Request-ID']}] something to look at",
        "WARNING women_portal.test [-] outside any request",
    ]


def test_a_not_found_answer_is_logged_with_its_id(client, db, stderr):
    response = client.get("/no-such-address.txt")
    assert response.status_code == 404
    assert f"[{response['X-Request-ID']}] Not Found: /no-such-address.txt" in stderr.getvalue()


def test_personal_data_is_redacted_from_log_text():
    text = (
        f"Key (email)=({EMAIL}) already exists; from {READER_IP} via 10.0.0.5 and 127.0.0.1; "
        "GET /ar/accounts/password/reset/key/4-c0ffee-1234abcd/ and "
        "/fr/accounts/confirm-email/MTI:1tX:abc/ in Django 5.2.19"
    )
    assert redact(text) == (
        "Key (email)=([email]) already exists; from [ip] via 10.0.0.5 and 127.0.0.1; "
        "GET /ar/accounts/password/reset/key/[key]/ and "
        "/fr/accounts/confirm-email/[key]/ in Django 5.2.19"
    )
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "login by %s", (EMAIL,), None)
    formatted = LogFormatter("%(levelname)s [%(request_id)s] %(message)s").format(record)
    assert formatted == "ERROR [-] login by [email]"


# Sentry --------------------------------------------------------------------------------


def realistic_event() -> dict:
    """What sentry-sdk's Django integration builds for a failed forum post (the parts that
    matter), before before_send."""
    return {
        "level": "error",
        "platform": "python",
        "server_name": "portal-1",
        "transaction": "/ar/forum/forum/<str:slug>-<str:pk>/topic/create/",
        "exception": {
            "values": [
                {
                    "type": "IntegrityError",
                    "value": f"duplicate key value violates unique constraint\nDETAIL:  Key (email)=({EMAIL}) already exists.",
                    "stacktrace": {
                        "frames": [
                            {
                                "filename": "forum/views.py",
                                "function": "form_valid",
                                "lineno": 42,
                                "vars": {"content": POST_TEXT, "email": EMAIL},
                            }
                        ]
                    },
                }
            ]
        },
        "request": {
            "url": "https://portal.example.org/ar/forum/forum/health-1/topic/create/",
            "method": "POST",
            "query_string": "q=%D8%B9%D9%86%D9%81&page=2",
            "data": {"subject": "سؤال", "content": POST_TEXT},
            "cookies": {"sessionid": "abc123", "csrftoken": "def456"},
            "headers": {
                "Host": "portal.example.org",
                "User-Agent": "Mozilla/5.0 (Linux; Android 13)",
                "Cookie": "sessionid=abc123",
                "X-Real-Ip": READER_IP,
                "X-Forwarded-For": READER_IP,
                "Referer": "https://portal.example.org/ar/forum/",
                "Accept-Language": "ar,fr;q=0.8",
                "Content-Type": "multipart/form-data; boundary=x",
                "X-Request-Id": "8c5e2b9a0f1d4e3c9b7a6d5e4f3c2b1a",
            },
            "env": {"REMOTE_ADDR": "127.0.0.1", "SERVER_NAME": "portal.example.org"},
        },
        "user": {"id": "17", "email": EMAIL, "ip_address": READER_IP, "username": "salma"},
        "extra": {"sys.argv": ["gunicorn"], "request": f"<WSGIRequest: POST '/ar/?e={EMAIL}'>"},
        "logentry": {"message": "Login failed for %s", "params": [EMAIL]},
        "breadcrumbs": {
            "values": [
                {
                    "type": "log",
                    "category": "axes",
                    "level": "warning",
                    "message": f"{EMAIL} from {READER_IP}",
                    "data": {"ip": READER_IP},
                },
                {
                    "type": "default",
                    "category": "query",
                    "message": 'SELECT "auth_user"."id" FROM "auth_user" WHERE "auth_user"."email" = %s',
                    "data": {"db.params": [EMAIL]},
                },
                {
                    "type": "redis",
                    "category": "redis",
                    "message": "GET :1:pagecache:page:9f2c",
                    "data": {"redis.key": "x"},
                },
                {
                    "type": "http",
                    "category": "httplib",
                    "data": {"url": f"https://api.example.org/?email={EMAIL}"},
                },
            ]
        },
    }


def test_performance_traces_if_turned_on_are_scrubbed_too():
    transaction = {
        "type": "transaction",
        "transaction": "/ar/search/",
        "request": {"url": "https://portal.example.org/ar/search/", "query_string": "q=x"},
        "user": {"ip_address": READER_IP},
        "spans": [
            {"op": "db", "description": "SELECT 1", "data": {"db.system": "postgresql"}},
            {
                "op": "http.client",
                "description": f"GET https://x.example/?e={EMAIL}",
                "data": {"http.query": f"e={EMAIL}"},
            },
        ],
    }
    scrubbed = scrub_event(transaction, {})
    assert EMAIL not in repr(scrubbed) and READER_IP not in repr(scrubbed)
    assert scrubbed["spans"][0] == {"op": "db", "description": "SELECT 1"}


def test_before_send_keeps_the_error_and_drops_everything_about_the_reader():
    event = scrub_event(realistic_event(), {})
    sent = repr(event)
    for personal in (EMAIL, READER_IP, POST_TEXT, "abc123", "Mozilla", "سؤال", "%D8%B9"):
        assert personal not in sent, personal
    assert "user" not in event
    assert event["request"] == {
        "method": "POST",
        "url": "https://portal.example.org/ar/forum/forum/health-1/topic/create/",
        "headers": {
            "Host": "portal.example.org",
            "Accept-Language": "ar,fr;q=0.8",
            "Content-Type": "multipart/form-data; boundary=x",
            "X-Request-Id": "8c5e2b9a0f1d4e3c9b7a6d5e4f3c2b1a",
        },
        "query_string": "q=[Filtered]&page=[Filtered]",
    }
    assert event["tags"] == {"request_id": "8c5e2b9a0f1d4e3c9b7a6d5e4f3c2b1a"}
    error = event["exception"]["values"][0]
    assert error["type"] == "IntegrityError" and "Key (email)=([email])" in error["value"]
    assert error["stacktrace"]["frames"] == [
        {"filename": "forum/views.py", "function": "form_valid", "lineno": 42}
    ]
    crumbs = event["breadcrumbs"]["values"]
    assert crumbs[0]["message"] == "[email] from [ip]"
    assert crumbs[1]["message"].startswith('SELECT "auth_user"."id"')
    assert all("data" not in crumb for crumb in crumbs)
    assert "message" not in crumbs[2]
    assert event["extra"] == {"sys.argv": ["gunicorn"]}
    assert event["transaction"] == "/ar/forum/forum/<str:slug>-<str:pk>/topic/create/"


class KeptEvents(Transport):
    """Keeps what would be sent: no network."""

    def __init__(self, options=None):
        super().__init__(options)
        self.events = []

    def capture_envelope(self, envelope):
        event = envelope.get_event()
        if event is not None:
            self.events.append(event)


@pytest.fixture
def sentry():
    transport = KeptEvents()
    init_sentry("https://public@sentry.example.invalid/1", transport=transport)
    yield transport
    sentry_sdk.get_client().close()
    sentry_sdk.init()  # no DSN: nothing is sent, the integrations stay idle


def test_an_error_reaches_sentry_with_its_request_id_and_no_personal_data(
    failing_client, sentry, stderr
):
    """Through Django's WSGI handler, as under gunicorn: Sentry's WSGI part adds the
    address, headers and query string, which the test client would skip."""
    assert sentry_sdk.get_client().should_send_default_pii() is False
    body = urlencode({"content": POST_TEXT, "email": EMAIL}).encode()
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/fails/",
        "QUERY_STRING": urlencode({"q": EMAIL}),
        "SERVER_NAME": "portal.example.org",
        "SERVER_PORT": "443",
        "HTTP_HOST": "portal.example.org",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_X_REAL_IP": READER_IP,
        "HTTP_X_FORWARDED_FOR": READER_IP,
        "HTTP_X_REQUEST_ID": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "HTTP_COOKIE": "sessionid=abc123",
        "HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 13)",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "https",
        "wsgi.errors": io.StringIO(),
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    answered = []
    # As the test client does: the test's transaction keeps its database connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        b"".join(WSGIHandler()(environ, lambda status, headers: answered.append(status)))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    assert answered == ["500 Internal Server Error"]
    assert len(sentry.events) == 1
    event = sentry.events[0]
    assert event["tags"]["request_id"] == "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    assert event["exception"]["values"][-1]["type"] == "ValueError"
    assert event["exception"]["values"][-1]["value"] == "could not handle [email]"
    assert event["request"]["url"] == "https://portal.example.org/fails/"
    assert event["request"]["query_string"] == "q=[Filtered]"
    assert set(event["request"]) == {"method", "url", "headers", "query_string"}
    sent = repr(sentry.events)
    for personal in (EMAIL, "salma", READER_IP, POST_TEXT, "abc123", "Mozilla"):
        assert personal not in sent, personal
    assert "'vars'" not in sent
    assert not event.get("spans")  # no performance tracing


def test_a_worker_stopped_for_a_slow_request_logs_where_it_was_and_the_request_id():
    """gunicorn.conf.py's worker_abort: gunicorn stops a worker whose request outlives
    `timeout` (nginx answers 502), and Django logs nothing of it."""
    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    logged = []

    class Worker:
        pid = 4242
        log = type("Log", (), {"error": staticmethod(lambda *args: logged.append(args))})

    def slow_view():
        token = observability._request_id.set("0123456789abcdef")
        try:
            config["worker_abort"](Worker())
        finally:
            observability._request_id.reset(token)

    slow_view()
    message = logged[0][0] % logged[0][1:]
    assert message.startswith("Worker 4242 stopped: request 0123456789abcdef took more than 30 s")
    assert "in slow_view" in message


def test_under_systemd_each_line_carries_its_priority_for_the_journal(monkeypatch):
    formatter = LogFormatter("%(levelname)s [%(request_id)s] %(message)s")
    assert formatter.to_journal is False  # not under systemd here
    formatter.to_journal = True
    try:
        raise ValueError("broken")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    lines = formatter.format(record).splitlines()
    assert lines[0] == "<3>ERROR [-] failed"
    assert all(line.startswith("<3>[-] ") for line in lines[1:]) and len(lines) > 2
    warning = logging.LogRecord("x", logging.WARNING, __file__, 1, "slow", (), None)
    assert formatter.format(warning) == "<4>WARNING [-] slow"
