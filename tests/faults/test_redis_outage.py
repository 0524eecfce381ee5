"""Redis, the shared cache of production (REDIS_URL), goes down and comes back: a real
redis-server of the test's own, on a free port, killed and started again. Readers keep
getting pages from the database, members keep signing in (sessions fall back to the
database), the outage is logged once, and caching resumes by itself."""

import logging
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from tests.accounts.test_accounts import PASSWORD
from women_portal.accounts.models import Profile
from women_portal.core.redis_cache import FailSoftRedisCache

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisProcess:
    def __init__(self, port: int):
        self.port = port
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(10)

    def pause(self) -> None:
        """Unreachable, but keeping what it holds (as a hung or partitioned Redis)."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)


@pytest.fixture
def redis_server():
    if not shutil.which("redis-server") and not shutil.which(REDIS_SERVER):
        pytest.fail("redis-server is not installed (apt-get install redis-server)")
    server = RedisProcess(free_port())
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


@pytest.fixture
def redis_cache(redis_server, monkeypatch):
    monkeypatch.setattr(FailSoftRedisCache, "RETRY_AFTER", 0.3)
    caches = {
        "default": {
            "BACKEND": "women_portal.core.redis_cache.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{redis_server.port}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        },
        "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "machina_attachments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=caches, PAGE_CACHE_SECONDS=600):
        yield redis_server


def page_cache_state(client, path="/ar/") -> str:
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    return response.get("X-Page-Cache", "")


def test_readers_and_members_are_served_while_redis_is_down_and_caching_resumes(
    client, homes, redis_cache, caplog, django_user_model
):
    user = django_user_model.objects.create_user("member-r", "salma@example.org", PASSWORD)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    Profile.objects.create(user=user, pseudonym="سلمى")
    page_cache_state(client)
    assert page_cache_state(client) == "hit"  # the cache works

    redis_cache.kill()
    with caplog.at_level(logging.WARNING, logger="women_portal.core.redis_cache"):
        for _ in range(5):  # pages, from the database
            assert page_cache_state(client) != "hit"
        for path in ("/fr/", "/ar/search/?q=عمل", "/ar/forum/"):
            assert client.get(path).status_code == 200, path
        signed_in = client.post(
            "/ar/accounts/login/", {"login": "salma@example.org", "password": PASSWORD}
        )
        assert signed_in.status_code == 302
        assert "سلمى" in client.get("/ar/accounts/profile/").content.decode()
        client.logout()
        outage_lines = [r for r in caplog.records if r.levelno == logging.ERROR]
        assert len(outage_lines) == 1, [r.getMessage() for r in outage_lines]

        redis_cache.start()
        time.sleep(0.4)  # past RETRY_AFTER
        page_cache_state(client)
        assert page_cache_state(client) == "hit"  # caching resumed, with no restart
        assert any("again" in r.getMessage() for r in caplog.records)


def queries_for(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_while_redis_is_down_the_parts_every_page_shows_are_kept_by_the_worker(
    client, homes, redis_cache
):
    redis_cache.kill()
    client.get("/ar/")  # the outage is noticed
    first, second = queries_for(client, "/fr/"), queries_for(client, "/fr/")
    assert second < first  # the menu, footer and helplines were not read again


def test_a_change_made_while_redis_was_unreachable_is_shown_once_it_is_back(
    client, homes, redis_cache
):
    page_cache_state(client, "/fr/")
    assert page_cache_state(client, "/fr/") == "hit"
    redis_cache.pause()  # it comes back with the page it holds
    try:
        home = homes["fr"]
        home.title = "Portail des femmes du Kef"
        home.save_revision().publish()
        assert "Portail des femmes du Kef" in client.get("/fr/").content.decode()
    finally:
        redis_cache.resume()
    time.sleep(0.4)  # past RETRY_AFTER
    assert "Portail des femmes du Kef" in client.get("/fr/").content.decode()
