"""PostgreSQL restarts under the production server: a cluster of the test's own (initdb in
a temporary folder, the machine's PostgreSQL programs), gunicorn with the production
settings and kept connections. While the database is down readers get the site's own page,
503 with Retry-After, in their language; a member's reply sent during the gap comes back on
that page with one button to send it again, and is saved once; once it is back the workers
serve again, with no restart."""

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import psycopg
import pytest

from tests.faults.test_redis_outage import free_port
from tests.forum.test_forum import form_fields

ROOT = Path(__file__).resolve().parents[2]
VERSIONS = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
AS_POSTGRES = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

pytestmark = [
    pytest.mark.skipif(not VERSIONS, reason="PostgreSQL's programs are not installed"),
    # Production's database: run once, with the suite's PostgreSQL run (CI runs both).
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="runs with the PostgreSQL run of the suite (DATABASE_URL=postgres://…)",
    ),
]


class Cluster:
    def __init__(self, folder: Path):
        self.bin = VERSIONS[-1].parent
        self.data = folder / "data"
        self.port = free_port()
        self.log = folder / "commands.log"
        self.server_log = folder / "server.log"  # written by the postgres user
        if AS_POSTGRES:  # initdb refuses to run as root
            shutil.chown(folder, "postgres")
        self.run("initdb", "-D", str(self.data), "--auth=trust", "-U", "postgres")

    def run(self, program: str, *arguments: str) -> None:
        # Into a file, not a pipe: the server pg_ctl starts would hold a pipe open.
        with open(self.log, "a") as log:
            done = subprocess.run(
                [*AS_POSTGRES, str(self.bin / program), *arguments], stdout=log, stderr=log
            )
        assert done.returncode == 0, self.log.read_text()

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1"
        self.run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.server_log), "-w", "start"
        )

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="module")  # one cluster and server for the module: each test restarts it
def cluster():
    # Not under pytest's tmp_path: the postgres user must reach it (root's is private).
    folder = Path(tempfile.mkdtemp(prefix="women-portal-postgresql-"))
    cluster = Cluster(folder)
    cluster.start()
    yield cluster
    subprocess.run(
        [*AS_POSTGRES, str(cluster.bin / "pg_ctl"), "-D", str(cluster.data), "stop", "-m", "i"],
        capture_output=True,
    )
    shutil.rmtree(folder, ignore_errors=True)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(address: str, data: dict | None = None, cookies: str = "") -> tuple[int, str, dict]:
    """The status, page and headers; a redirect is returned, not followed. Cookies are sent
    by hand: the production ones are Secure, and the test server speaks plain HTTP."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(address, data=body, headers={"Cookie": cookies})
    try:
        with urllib.request.build_opener(NoRedirects).open(request, timeout=10) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


# Run by `manage.py shell` in the server's database: prints a signed-in member's session
# cookie and the address of the reply form of a topic.
MEMBER_WITH_A_TOPIC = """
from urllib.parse import quote
from django.conf import settings
from django.test import Client
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from tests.forum.test_forum import member
forum = Forum.objects.get(name="Questions and help")
amal = member("amal", "أمل")
topic = Topic.objects.create(forum=forum, poster=amal, subject="موضوع", type=0, status=0)
Post.objects.create(topic=topic, poster=amal, subject="موضوع", content="البداية", approved=True)
client = Client()
client.force_login(amal)
cookie = client.cookies[settings.SESSION_COOKIE_NAME]
print(f"{cookie.key}={cookie.value}")
print(quote(f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/post/create/"))
"""


@pytest.fixture(scope="module")
def server(cluster, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("server")
    with psycopg.connect(cluster.url("postgres"), autocommit=True) as admin:
        admin.execute('CREATE DATABASE "portal"')
    port = free_port()
    env = {
        **{
            name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"
        },
        "DJANGO_SETTINGS_MODULE": "women_portal.settings.production",
        "SECRET_KEY": "a-long-random-secret-key-for-the-fault-test-" + "x" * 30,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": cluster.url("portal"),
        "DATABASE_CONN_MAX_AGE": "60",  # kept connections: the ones a restart breaks
        "REDIS_URL": "redis://127.0.0.1:6379/9",
        "PAGE_CACHE_SECONDS": "0",  # every page from the database
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    member = subprocess.run(
        [*manage, "shell", "-c", MEMBER_WITH_A_TOPIC],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        capture_output=True,
    ).stdout.splitlines()[-2:]
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "women_portal.wsgi"],
        cwd=ROOT,
        env=env,
        stderr=open(tmp_path / "gunicorn.log", "w"),  # noqa: SIM115 - the server's own
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/robots.txt", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield SimpleNamespace(
        url=base, cookies=member[0], reply=base + member[1], log=tmp_path / "gunicorn.log"
    )
    gunicorn.terminate()
    gunicorn.wait(timeout=30)


def test_readers_get_a_503_in_their_language_while_the_database_restarts(cluster, server):
    forum = server.url + "/ar/forum/"
    for _ in range(4):  # each worker opens its kept connection
        assert get(forum)[0] == 200, server.log.read_text()[-3000:]

    cluster.stop()
    for _ in range(4):
        status, page, headers = get(forum)
        assert status == 503 and headers["Retry-After"] == "10"
        assert 'lang="ar" dir="rtl"' in page and "الموقع غير متاح لبضع ثوانٍ" in page
    status, page, _ = get(server.url + "/fr/forum/")
    assert status == 503 and "Le site est indisponible quelques secondes" in page

    cluster.start()
    time.sleep(1)
    assert [get(forum)[0] for _ in range(6)] == [200] * 6  # no restart of the server


def replies(cluster) -> int:
    with psycopg.connect(cluster.url("portal")) as database:
        query = "SELECT count(*) FROM forum_conversation_post WHERE content = %s"
        return database.execute(query, ["ردّي أثناء الانقطاع"]).fetchone()[0]


def test_a_reply_sent_while_the_database_restarts_is_kept_and_saved_once(cluster, server):
    status, page, headers = get(server.reply, cookies=server.cookies)
    assert status == 200, page[-2000:]
    csrf = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
    cookies = f"{server.cookies}; csrftoken={csrf}"
    reply = {**form_fields(page), "subject": "Re: موضوع", "content": "ردّي أثناء الانقطاع"}

    cluster.stop()
    status, page, headers = get(server.reply, reply, cookies)
    assert status == 503 and headers["Cache-Control"] == "no-store"
    assert "لم يُحفظ ما أرسلتِه" in page
    assert ">ردّي أثناء الانقطاع</textarea>" in page  # her words, to send again
    action = html.unescape(re.search(r'<form method="post" action="([^"]+)"', page).group(1))
    again = {
        **form_fields(page),
        **dict(re.findall(r'<textarea id="[^"]+" name="([^"]+)"[^>]*>([^<]*)</textarea>', page)),
    }

    cluster.start()
    time.sleep(1)
    for _ in range(2):  # "send again", and once more by a double tap
        status, page, headers = get(server.url + action, again, cookies)
        assert status == 302, page[-2000:]
    assert replies(cluster) == 1
