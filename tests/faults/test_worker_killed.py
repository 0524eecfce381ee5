"""The task worker is killed (SIGKILL, as the kernel's out-of-memory killer does) while it
reads a library PDF. The item does not stay "waiting to be read" for ever: the next worker
(`manage.py task_worker`, with the production settings, in processes of its own) takes the
task again and reads the file; a task whose workers died three times ends FAILED, and the
editor sees why in the item's "Reading the file" panel (women_portal/core/task_recovery.py).
"""

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult
from pypdf import PdfReader, PdfWriter
from wagtail.documents import get_document_model
from wagtail.users.models import UserProfile

from library.models import DocumentAnalysis
from library.pdf_writer import pdf_document
from library.tasks import analyse_document
from tests.library.factories import (
    DocumentFactory,
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
    pdf_file,
)
from women_portal.core.task_recovery import HOST, WORKER_STOPPED, recover_abandoned_tasks

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
PAGES = 40  # about 3 seconds of reading: long enough to be killed in, short for the test
POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")
REDIS_URL = "redis://127.0.0.1:6379/" + ("13" if POSTGRES else "14")  # each run its own


def long_pdf(pages: int) -> bytes:
    """A real PDF of the project's own writer, its text page repeated `pages` times."""
    text = "\n\n".join(["النساء والعمل في الكاف. Les femmes et le travail au Kef. " * 8] * 6)
    page = PdfReader(io.BytesIO(pdf_document("تقرير طويل", [text]))).pages[0]
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def dead_pid() -> int:
    """The pid of a process of this machine that has ended."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def worker_id(pid: int, suffix: str = "abcdefgh") -> str:
    return f"{HOST}:{pid}:{suffix}"


def task_row(document) -> DBTaskResult:
    return DBTaskResult.objects.get(
        task_path="library.tasks.analyse_document", args_kwargs__args=[document.pk]
    )


def running(row: DBTaskResult, worker_ids: list[str], started_ago=timedelta(0)) -> None:
    """The row as a worker leaves it when it dies in the middle of the task."""
    DBTaskResult.objects.filter(pk=row.pk).update(
        status=TaskResultStatus.RUNNING,
        worker_ids=worker_ids,
        started_at=timezone.now() - started_ago,
    )


# --- the recovery, in this process ---------------------------------------------------------


@pytest.fixture
def queued(db, settings):
    """A document whose reading waits in the database queue."""
    settings.TASKS = DATABASE_TASKS
    document = DocumentFactory()  # its analysis "pending" (library/signals.py)
    analyse_document.enqueue(document.pk)
    return document


def test_a_task_of_a_dead_worker_of_this_machine_is_queued_again(queued):
    row = task_row(queued)
    running(row, [worker_id(dead_pid())])
    assert recover_abandoned_tasks() == [row]
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY and len(row.worker_ids) == 1
    assert DocumentAnalysis.objects.get(document=queued).status == "pending"


@pytest.mark.parametrize(
    "last_worker",
    [
        worker_id(os.getppid()),  # a live process of this machine
        "other-machine:12:abcdefgh",  # another machine's: only time tells
        "a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5",  # a plain db_worker's random id
    ],
)
def test_a_task_of_a_live_or_unknown_worker_is_left_running(queued, last_worker):
    row = task_row(queued)
    running(row, [last_worker], started_ago=timedelta(minutes=29))
    assert recover_abandoned_tasks() == []
    row.refresh_from_db()
    assert row.status == TaskResultStatus.RUNNING


def test_a_task_running_past_the_limit_is_queued_again_whatever_its_worker(queued, settings):
    settings.TASK_ABANDONED_AFTER = timedelta(minutes=30)
    row = task_row(queued)
    running(row, ["other-machine:12:abcdefgh"], started_ago=timedelta(minutes=31))
    assert recover_abandoned_tasks() == [row]
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY


def test_the_own_task_of_a_worker_is_alive_only_for_that_worker(queued):
    row = task_row(queued)
    mine = worker_id(os.getpid(), "mine1234")
    running(row, [mine])
    assert recover_abandoned_tasks(own_id=mine) == []
    # The same pid with another id: a worker of before a reboot, when pids start again.
    assert recover_abandoned_tasks(own_id=worker_id(os.getpid(), "new12345")) == [row]


def test_a_worker_stuck_on_a_task_past_the_limit_stops_itself(queued, monkeypatch):
    """Its own recovery thread queues the task again and ends the process (systemd starts
    a fresh worker): a worker hung on a file would otherwise hold it for ever."""
    from women_portal.core.management.commands import task_worker

    class Exited(Exception):
        pass

    def exit(code):
        raise Exited(code)

    monkeypatch.setattr(task_worker, "EVERY_SECONDS", 0)
    monkeypatch.setattr(task_worker.os, "_exit", exit)
    monkeypatch.setattr(task_worker, "connection", type("Kept", (), {"close": lambda: None}))
    row = task_row(queued)
    mine = worker_id(os.getpid(), "mine1234")
    running(row, [mine], started_ago=timedelta(minutes=31))
    with pytest.raises(Exited):
        task_worker.Command().keep_recovering(mine)
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY


def test_after_three_deaths_the_task_fails_and_the_editor_is_told(queued):
    finished = []

    def listen(sender, task_result, **kwargs):
        finished.append(task_result)

    task_finished.connect(listen)
    try:
        row = task_row(queued)
        running(row, [worker_id(dead_pid(), str(n) * 8) for n in range(3)])
        recover_abandoned_tasks()
    finally:
        task_finished.disconnect(listen)
    row.refresh_from_db()
    assert row.status == TaskResultStatus.FAILED and row.finished_at
    assert row.exception_class_path == WORKER_STOPPED
    assert "worker stopped while running this task, 3 times" in row.traceback
    assert [result.id for result in finished] == [str(row.pk)]
    assert finished[0].errors[0].exception_class.__name__ == "WorkerStopped"
    analysis = DocumentAnalysis.objects.get(document=queued)
    assert analysis.status == DocumentAnalysis.Status.STOPPED
    with translation.override("en"):
        panel = render_to_string("library/admin/document_status.html", {"analysis": analysis})
    assert "Reading stopped before the end of the file" in panel
    assert "too large or too complex" in panel and "help-critical" in panel


def test_an_error_in_the_reading_is_shown_and_saving_the_item_reads_again(
    homes, admin_client, admin_user, monkeypatch, django_capture_on_commit_callbacks
):
    """With the immediate backend of development and tests: the task raises. The editor
    sees it on the item's edit page."""
    library = LibraryIndexPageFactory(parent=homes["ar"])
    document = DocumentFactory(file=pdf_file("report.pdf", "تقرير", ["نص التقرير"] * 2))

    def broken(data, extension):
        raise MemoryError("no memory left")

    monkeypatch.setattr("library.tasks.read_document", broken)
    with django_capture_on_commit_callbacks(execute=True):
        item = LibraryItemPageFactory(parent=library, document=document, video_url="")
        analyse_document.enqueue(document.pk)
    analysis = DocumentAnalysis.objects.get(document=document)
    assert analysis.status == DocumentAnalysis.Status.FAILED
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    page = admin_client.get(f"/admin/pages/{item.pk}/edit/").content.decode()
    panel = page[page.index("data-document-status") :]
    assert "An error stopped the reading of the file" in panel and "Save the item" in panel

    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        item.save_revision()
    analysis.refresh_from_db()
    assert analysis.status == DocumentAnalysis.Status.DONE and analysis.page_count == 2


def test_replacing_a_stopped_file_with_the_same_file_reads_it_again(
    db, django_capture_on_commit_callbacks
):
    document = DocumentFactory(file=pdf_file(pages=["نص التقرير عن عمل النساء في الكاف"]))
    analyse_document.call(document.pk)
    DocumentAnalysis.objects.filter(document=document).update(status="stopped")
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert DocumentAnalysis.objects.get(document=document).status == "done"


# --- real workers, killed ------------------------------------------------------------------


@pytest.fixture
def shared_database(django_db_setup, django_db_blocker, tmp_path, settings):
    """A database this process and the workers' processes both see, as the web server's
    and the worker's do in production; rows are committed as they are written. On
    PostgreSQL the suite's test database, cleaned up after; on SQLite a file copy of it
    (the suite's is in memory, which no other process reaches)."""
    settings.TASKS = DATABASE_TASKS
    with django_db_blocker.unblock():
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            path = tmp_path / "db.sqlite3"
            with closing(sqlite3.connect(path)) as copy:
                connection.connection.backup(copy)
            memory, name = connection.connection, connection.settings_dict["NAME"]
            connection.connection = None  # kept open: the in-memory database lives on
            connection.settings_dict["NAME"] = str(path)
            try:
                yield f"sqlite:///{path}"
            finally:
                connection.close()
                connection.settings_dict["NAME"], connection.connection = name, memory
        else:
            tasks = set(DBTaskResult.objects.values_list("pk", flat=True))
            documents = set(get_document_model().objects.values_list("pk", flat=True))
            try:
                yield (
                    os.environ["DATABASE_URL"].rsplit("/", 1)[0]
                    + "/"
                    + connection.settings_dict["NAME"]
                )
            finally:
                for document in get_document_model().objects.exclude(pk__in=documents):
                    document.delete()
                DBTaskResult.objects.exclude(pk__in=tasks).delete()


class Workers:
    def __init__(self, database_url: str, folder: Path, media_root: Path):
        self.folder = folder
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "women_portal.settings.production",
            "SECRET_KEY": "a-long-random-secret-key-for-the-fault-test-" + "x" * 30,
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(media_root),
            "REDIS_URL": REDIS_URL,
        }
        self.started = []

    def start(self) -> subprocess.Popen:
        log = open(self.folder / f"worker-{len(self.started) + 1}.log", "w")  # noqa: SIM115
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "task_worker", "--no-startup-delay", "--interval=0.1"],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.started.append(worker)
        return worker

    def logs(self) -> str:
        return "\n".join(path.read_text()[-3000:] for path in sorted(self.folder.glob("*.log")))

    def wait_for(self, condition, seconds: float = 60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if result := condition():
                return result
            time.sleep(0.05)
        pytest.fail(f"still waiting after {seconds} s; the workers said:\n{self.logs()}")

    def stop_all(self) -> None:
        for worker in self.started:
            if worker.poll() is None:
                worker.terminate()  # db_worker's graceful stop
                try:
                    worker.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    worker.kill()
                    worker.wait()


@pytest.fixture
def workers(shared_database, tmp_path, settings):
    folder = tmp_path / "workers"
    folder.mkdir()
    workers = Workers(shared_database, folder, Path(settings.MEDIA_ROOT))
    yield workers
    workers.stop_all()


def test_a_worker_killed_while_reading_a_pdf_leaves_the_task_to_the_next(workers):
    # A long report, queued as saving it in the admin queues it (library/signals.py).
    report = DocumentFactory(file=ContentFile(long_pdf(PAGES), name="long-report.pdf"))
    assert DocumentAnalysis.objects.get(document=report).status == "pending"
    reading = task_row(report)
    # Another file whose workers died twice already, and a third time now (pids that ended).
    unlucky = DocumentFactory()
    running(task_row(unlucky), [worker_id(dead_pid(), str(n) * 8) for n in range(3)])

    first = workers.start()
    workers.wait_for(lambda: DBTaskResult.objects.running().filter(pk=reading.pk).exists())
    os.kill(first.pid, signal.SIGKILL)  # in the middle of reading the report
    first.wait()
    assert first.returncode == -signal.SIGKILL
    reading.refresh_from_db()
    assert reading.status == TaskResultStatus.RUNNING  # what a dead worker leaves
    assert reading.worker_ids == [reading.worker_ids[0]]
    assert reading.worker_ids[0].startswith(f"{HOST}:{first.pid}:")
    assert DocumentAnalysis.objects.get(document=report).status == "pending"

    # The first worker, at its start, had given up the file whose workers died three times.
    stopped = task_row(unlucky)
    assert stopped.status == TaskResultStatus.FAILED
    assert stopped.exception_class_path == WORKER_STOPPED
    assert DocumentAnalysis.objects.get(document=unlucky).status == "stopped"

    second = workers.start()  # as systemd restarts the service
    analysis = workers.wait_for(
        lambda: DocumentAnalysis.objects.filter(document=report).exclude(status="pending").first()
    )
    assert analysis.status == "done", workers.logs()
    assert analysis.page_count == PAGES and "النساء" in analysis.text and analysis.thumbnail
    # The worker marks the task done just after the task has saved what it read.
    reading = workers.wait_for(
        lambda: DBTaskResult.objects.filter(pk=reading.pk).exclude(status="RUNNING").first()
    )
    assert reading.status == TaskResultStatus.SUCCESSFUL
    assert len(reading.worker_ids) == 2 and reading.worker_ids[1].startswith(
        f"{HOST}:{second.pid}:"
    )
    assert "stopped while running it (attempt 1 of 3): queued again" in workers.logs()
