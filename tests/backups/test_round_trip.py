"""backup → wipe → restore gives back every row and every file, on the database this suite
runs on (SQLite, or PostgreSQL with DATABASE_URL). The commands run as an operator runs them,
in their own process, on a database of their own."""

import json
import os
import shutil
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
import redis

ROOT = Path(__file__).resolve().parents[2]
# Each run of the suite (SQLite and PostgreSQL run side by side in CI) has its own.
REDIS_URL = "redis://127.0.0.1:6379/" + (
    "10" if "postgres" in os.environ.get("DATABASE_URL", "") else "11"
)
# A reader's visit to the home page, with the page cache on: "hit" or "miss".
READ_HOME = (
    "from django.test import Client, override_settings\n"
    "with override_settings(PAGE_CACHE_SECONDS=600):\n"
    "    print(Client().get('/ar/')['X-Page-Cache'])"
)
COUNT_ROWS = (
    "import json; from django.apps import apps; "
    "print(json.dumps({m._meta.label: m.objects.count() for m in apps.get_models()}))"
)


def media_files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture
def site(tmp_path):
    """A separate, migrated database with the demo content, its media folder, and its own
    shared cache (a Redis database, as in production)."""
    server_url = os.environ.get("DATABASE_URL", "")
    if server_url.startswith("postgres"):
        name = f"backup_test_{uuid.uuid4().hex[:8]}"
        admin_url = server_url.rsplit("/", 1)[0] + "/postgres"
        database_url = server_url.rsplit("/", 1)[0] + "/" + name
        # CREATE DATABASE cannot run in a transaction.
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
    else:
        name, database_url = None, f"sqlite:///{tmp_path / 'site.sqlite3'}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "women_portal.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "REDIS_URL": REDIS_URL,
    }
    redis.Redis.from_url(REDIS_URL).flushdb()

    def manage(*arguments) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    manage("migrate", "--noinput", "-v0")
    manage("load_demo_content")
    yield manage, database_url, tmp_path / "media"
    if name:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wipe(database_url: str, media: Path) -> None:
    if database_url.startswith("postgres"):
        with psycopg.connect(database_url) as database:  # commits, then closes
            database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    else:
        Path(urlsplit(database_url).path).unlink()
    shutil.rmtree(media)


def test_backup_wipe_restore_gives_everything_back(site, tmp_path):
    manage, database_url, media = site
    rows_before = json.loads(manage("shell", "-v", "0", "-c", COUNT_ROWS))
    files_before = media_files(media)
    assert rows_before["home.ArticlePage"] >= 42 and files_before  # something real to lose

    manage("shell", "-v", "0", "-c", READ_HOME)
    assert manage("shell", "-v", "0", "-c", READ_HOME).strip() == "hit"

    archive = Path(manage("backup", "--to", str(tmp_path / "backups")).strip())
    assert archive.name.startswith("women-portal-") and archive.suffixes == [".tar", ".gz"]
    wipe(database_url, media)
    assert "Restored the backup" in manage("restore", str(archive), "--yes")

    assert json.loads(manage("shell", "-v", "0", "-c", COUNT_ROWS)) == rows_before
    assert media_files(media) == files_before
    # No page from before the restore is served.
    assert manage("shell", "-v", "0", "-c", READ_HOME).strip() == "miss"


def run_restore(*arguments) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "women_portal.settings.test"}
    return subprocess.run(
        [sys.executable, "manage.py", "restore", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def test_restore_wants_a_confirmation_and_an_archive(tmp_path):
    archive = tmp_path / "women-portal-20260101-000000.tar.gz"
    archive.write_bytes(b"not really")
    unconfirmed = run_restore(str(archive))
    assert unconfirmed.returncode != 0 and "--yes" in unconfirmed.stderr
    missing = run_restore(str(tmp_path / "missing.tar.gz"), "--yes")
    assert missing.returncode != 0 and "No archive at" in missing.stderr


def test_an_archive_that_would_write_outside_is_refused(tmp_path):
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        payload = tmp_path / "payload"
        payload.write_text("owned")
        tar.add(payload, arcname="../../outside.txt")
    result = run_restore(str(archive), "--yes")
    assert result.returncode != 0 and "Nothing was restored: unsafe path" in result.stderr
    assert not (tmp_path.parent / "outside.txt").exists()
