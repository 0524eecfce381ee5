"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright against the live server."""

import os
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run
# inside one unless told it is safe, which it is here (one thread, no concurrent coroutines).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(demo_site):
    # After demo_site: Django must set up its test database before Playwright starts, as
    # Playwright's greenlets give later code fresh connection objects.
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}. Install it with "
            "`apt-get install -y chromium` (or set CHROMIUM_PATH), then run the tests again."
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",  # CI runs as root
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, committed once and served by a live server for the whole session.

    Browser tests request no database fixture, so pytest-django runs them after every
    database test (whose transactions leave the migrated database as it was); they share
    this site and undo what they change. (pytest-django's own live_server would empty every
    table after each test, the migrations' rows included.)
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open(os.devnull, "w"))
    server = LiveServer("localhost")
    yield server
    stop_once_answered(server)


def stop_once_answered(server: LiveServer, timeout: float = 30) -> None:
    """Stop the live server after the requests it is still answering. LiveServer.stop()
    waits for none: each has a thread of its own, a daemon, which socketserver does not
    join. A request the last test's page sent as it closed (a fetch, an image) kept its
    database session after the run, and PostgreSQL refused to drop the test database
    (tests/conftest.py names such sessions); on SQLite in memory, it was still using the
    connection LiveServer.stop() gives back to the test."""
    server.thread.terminate()  # no new request
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        # Threads are named after their target: "Thread-12 (process_request_thread)".
        if thread.name.endswith("(process_request_thread)"):
            thread.join(max(0.0, deadline - time.monotonic()))
    server.stop()


@pytest.fixture(autouse=True)
def database_for_the_server(django_db_blocker):
    """Let the server thread, and the test itself, use the database during browser tests."""
    with django_db_blocker.unblock():
        yield
        # Playwright's greenlets gave the test its own connections: close them, or the test
        # database cannot be dropped at the end.
        connections.close_all()


class OutsideRequests(list):
    """Every request the page made to a host other than the site's."""


# Reports every Content-Security-Policy violation of every page to the test.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation(`${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`);
});
"""


@pytest.fixture
def open_page(browser, demo_site):
    """open_page(path, viewport=PHONE, javascript=True) -> a Playwright page at that path.

    Requests to any other host are answered by a stub and recorded in page.outside_requests,
    so tests never reach the internet and can assert that nothing was sent there. Any
    Content-Security-Policy violation on any page fails the test.
    """
    contexts = []
    violations = []
    site_host = urlsplit(demo_site.url).netloc

    def opener(path, viewport=PHONE, javascript=True, locale="ar"):
        context = browser.new_context(
            viewport=viewport, java_script_enabled=javascript, locale=locale
        )
        context.expose_function(
            "reportCspViolation", lambda violation: violations.append(violation)
        )
        context.add_init_script(CSP_LISTENER)
        contexts.append(context)
        page = context.new_page()
        page.outside_requests = OutsideRequests()

        def route(route):
            if urlsplit(route.request.url).netloc == site_host:
                route.continue_()
            else:
                page.outside_requests.append(route.request.url)
                route.fulfill(status=200, content_type="text/html", body="<title>outside</title>")

        page.route("**/*", route)
        if path is not None:
            page.goto(demo_site.url + path)
        return page

    yield opener
    for context in contexts:
        context.close()
    assert violations == [], "Content-Security-Policy violations"


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot in var/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path
