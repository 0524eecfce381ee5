"""What the operator sees when something goes wrong: a request id on every log line and
every response, logs without readers' personal data, and (with SENTRY_DSN) errors sent to
Sentry stripped of everything that could identify a reader.

The request id comes from nginx (`proxy_set_header X-Request-ID $request_id`, which nginx's
failure log also records) or, for a request that did not come through it, is made here. It
is answered in the X-Request-ID header, so a reader's "it failed" (or a monitoring probe's)
leads to the very lines in the journal: `journalctl -u women-portal -g <id>`.

Nothing here imports Django's models or sentry-sdk at import time: the logging settings
name these classes, and Django configures logging before the apps are ready.
"""

import contextvars
import ipaddress
import logging
import os
import re
import sys
import uuid
from urllib.parse import parse_qsl

REQUEST_ID_HEADER = "X-Request-ID"
NO_REQUEST = "-"  # the id on lines logged outside a request (worker, commands)
# nginx's $request_id is 32 hexadecimal digits; a UUID has dashes. Nothing that could
# break a log line or smuggle text into it (spaces, newlines, brackets) is taken.
WELL_FORMED = re.compile(r"[A-Za-z0-9._-]{8,64}")

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default=NO_REQUEST)


def current_request_id() -> str:
    """The id of the request being answered, or "-" outside one."""
    return _request_id.get()


class RequestIdMiddleware:
    """First of all middleware: the id is known to every log line of the request, its
    error page included, and sent back in the X-Request-ID header (cached pages too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = given if WELL_FORMED.fullmatch(given) else uuid.uuid4().hex
        request.request_id = request_id
        token = _request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            _request_id.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


def _give_request_id(record: logging.LogRecord) -> None:
    if not hasattr(record, "request_id"):
        # Django logs a 4xx or 5xx answer (django.request) once the middleware have
        # returned, with the request in the record.
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or current_request_id()


class RequestIdFilter(logging.Filter):
    """Gives every record the request id (logging settings: on the console handler)."""

    def filter(self, record: logging.LogRecord) -> bool:
        _give_request_id(record)
        return True


# Personal data that can turn up in an error's text (a database error quoting the value it
# refused, a command's arguments): readers' e-mail addresses and public IP addresses, and
# the one-time keys of allauth's links, which are as good as a password for a while. The
# server's own addresses (loopback, private networks) stay readable.
# (Bounded repeats: a long error text is scanned in linear time.)
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_ACCOUNT_KEY = re.compile(r"(/(?:password/reset/key|confirm-email)/)[^/\s?#'\"]+")


def _public_ip(match: re.Match) -> str:
    try:
        address = ipaddress.ip_address(match.group())
    except ValueError:
        return match.group()
    return match.group() if address.is_private or address.is_loopback else "[ip]"


def redact(text: str) -> str:
    """`text` without e-mail addresses, public IPv4 addresses or account link keys."""
    text = _EMAIL.sub("[email]", text)
    text = _IPV4.sub(_public_ip, text)
    return _ACCOUNT_KEY.sub(r"\1[key]", text)


def stderr_is_the_journal() -> bool:
    """systemd connects a service's standard error to the journal and says so in
    JOURNAL_STREAM ("device:inode" of that stream)."""
    try:
        device, inode = (int(part) for part in os.environ["JOURNAL_STREAM"].split(":"))
        found = os.fstat(sys.stderr.fileno())
    except (KeyError, ValueError, OSError):
        return False
    return (found.st_dev, found.st_ino) == (device, inode)


# The journal reads a line's priority from a "<N>" before it (syslog's numbers).
JOURNAL_PRIORITIES = {"CRITICAL": 2, "ERROR": 3, "WARNING": 4, "INFO": 6, "DEBUG": 7}


class LogFormatter(logging.Formatter):
    """The configured format, redacted, and with the request id at the start of each line
    of a traceback too: the journal keeps one entry per line, and
    `journalctl -g <request id>` then shows the whole of it. Under systemd each line also
    gets its level as the journal's priority (`journalctl -p err`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.to_journal = stderr_is_the_journal()

    def format(self, record: logging.LogRecord) -> str:
        _give_request_id(record)
        first, *rest = redact(super().format(record)).split("\n")
        lines = [first, *(f"[{record.request_id}] {line}" for line in rest)]
        if self.to_journal:
            priority = f"<{JOURNAL_PRIORITIES.get(record.levelname, 6)}>"
            lines = [priority + line for line in lines]
        return "\n".join(lines)


# Sentry (production.py, when SENTRY_DSN is set) -------------------------------------------

# The only request headers sent: none says who the reader is (no cookies, addresses,
# user agent or referrer).
SENT_HEADERS = frozenset(
    {"host", "accept", "accept-language", "content-type", "content-length", "x-request-id"}
)
FILTERED = "[Filtered]"


def _redacted(value):
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: _redacted(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_redacted(item) for item in value]
    return value


def _scrub_request(request: dict) -> dict:
    headers = request.get("headers") or {}
    scrubbed = {
        "method": request.get("method"),
        "url": redact((request.get("url") or "").split("?")[0]),
        "headers": {name: value for name, value in headers.items() if name.lower() in SENT_HEADERS},
    }
    if request.get("query_string"):  # which parameters, never what she searched for
        names = [name for name, _ in parse_qsl(str(request["query_string"]), True)]
        scrubbed["query_string"] = "&".join(f"{name}={FILTERED}" for name in names)
    # Never sent: data (the form she sent: a post's text, a password), cookies, env
    # (REMOTE_ADDR), and any other key a newer SDK adds.
    return scrubbed


def _scrub_frames(container: dict | None) -> None:
    for value in (container or {}).get("values", []):
        if "value" in value and isinstance(value["value"], str):
            value["value"] = redact(value["value"])
        for frame in (value.get("stacktrace") or {}).get("frames", []):
            frame.pop("vars", None)  # the request, the form, the post's text


def _scrub_breadcrumbs(event: dict) -> None:
    breadcrumbs = event.get("breadcrumbs")
    values = breadcrumbs.get("values", []) if isinstance(breadcrumbs, dict) else breadcrumbs
    kept = []
    for crumb in values or []:
        entry = {
            key: crumb[key] for key in ("timestamp", "type", "category", "level") if key in crumb
        }
        # Log lines and SQL (with placeholders, never the values) say what happened before;
        # other breadcrumbs (cache keys, addresses fetched) only that something happened.
        if isinstance(crumb.get("message"), str) and (
            crumb.get("type") == "log" or crumb.get("category") == "query"
        ):
            entry["message"] = redact(crumb["message"])
        kept.append(entry)
    if isinstance(breadcrumbs, dict):
        breadcrumbs["values"] = kept
    elif breadcrumbs is not None:
        event["breadcrumbs"] = kept


def scrub_event(event: dict, hint: dict | None = None) -> dict:
    """Sentry's before_send: the error, where it happened and the request id; nothing of the
    reader (no e-mail, IP address, cookie, form, post text or search)."""
    request_id = current_request_id()
    if isinstance(event.get("request"), dict):
        if request_id == NO_REQUEST:
            headers = event["request"].get("headers") or {}
            request_id = next(
                (v for k, v in headers.items() if k.lower() == "x-request-id"), NO_REQUEST
            )
        event["request"] = _scrub_request(event["request"])
    event.pop("user", None)
    if request_id != NO_REQUEST:
        event.setdefault("tags", {})["request_id"] = request_id
    _scrub_frames(event.get("exception"))
    _scrub_frames(event.get("threads"))
    if isinstance(event.get("logentry"), dict):
        event["logentry"] = _redacted(event["logentry"])
    if isinstance(event.get("message"), str):
        event["message"] = redact(event["message"])
    if isinstance(event.get("extra"), dict):
        extra = {key: value for key, value in event["extra"].items() if key != "request"}
        event["extra"] = _redacted(extra)
    _scrub_breadcrumbs(event)
    for span in event.get("spans") or []:  # only with SENTRY_TRACES_SAMPLE_RATE
        span.pop("data", None)  # query strings, cache keys
        if isinstance(span.get("description"), str):
            span["description"] = redact(span["description"])
    return event


def init_sentry(dsn: str, *, environment: str = "production", **options) -> None:
    """Errors (unhandled exceptions and ERROR log lines) to Sentry, scrubbed by
    scrub_event. No performance tracing unless traces_sample_rate is given."""
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration
    from sentry_sdk.integrations.logging import ignore_logger

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration()],
        # send_default_pii stays at its default, False (naming it is deprecated from
        # sentry-sdk 2.75, for data_collection, which would turn off its own scrubber).
        include_local_variables=False,
        max_request_body_size="never",
        auto_session_tracking=False,
        before_send=scrub_event,
        before_send_transaction=scrub_event,
        **options,
    )
    # Requests for other host names (scanners) are refused with 400; not worth an alert.
    ignore_logger("django.security.DisallowedHost")
