"""The media disk is full, or mounted read-only: a small tmpfs of the test's own as
MEDIA_ROOT (mounting needs root, as CI has). An upload gets the site's page that says files
cannot be saved just now, nothing of it is kept (no document, no partial file), pages are
still read, and uploads work again once there is room."""

import os
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from wagtail.documents import get_document_model

from library.pdf_writer import pdf_document
from tests.library.test_uploads import upload

Document = get_document_model()


def mount(*options: str, folder: Path) -> None:
    subprocess.run(["mount", *options, str(folder)], check=True, capture_output=True)


@pytest.fixture
def small_disk(settings, tmp_path):
    folder = tmp_path / "media"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    try:
        mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", folder=folder)
    except subprocess.CalledProcessError as error:
        pytest.skip(f"this machine cannot mount a tmpfs: {error.stderr.decode()}")
    settings.MEDIA_ROOT = str(folder)
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as file:  # unbuffered: closing writes nothing
        try:
            while True:
                file.write(b"\0" * 4096)
        except OSError:  # full
            pass
    return filler


@pytest.fixture
def editor(homes, django_user_model):
    client = Client(raise_request_exception=False)  # the site's error page, as in production
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    return client


def files_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def test_an_upload_to_a_full_disk_is_refused_whole_and_works_once_there_is_room(small_disk, editor):
    filler = fill(small_disk)
    content = pdf_document("دليل", ["دليل حقوق العاملات", "صفحة ثانية"] * 20)

    response = upload(editor, "guide.pdf", content, title="دليل")

    assert response.status_code == 503
    page = response.content.decode()
    assert "لا يمكن حفظ الملفات الآن" in page and "اختيار الملفات التي أرفقتِها من جديد" in page
    assert not Document.objects.filter(title="دليل").exists()
    assert files_in(small_disk) == ["filler"]  # no partial file left
    assert editor.get("/ar/").status_code == 200  # reading works

    filler.unlink()
    assert upload(editor, "guide.pdf", content, title="دليل").status_code == 302
    assert Document.objects.get(title="دليل").file.size == len(content)


def test_an_upload_to_a_read_only_disk_is_refused_with_the_same_page(small_disk, editor):
    mount("-o", "remount,ro", folder=small_disk)
    response = upload(editor, "guide.pdf", pdf_document("دليل", ["نص"]), title="دليل")
    assert response.status_code == 503
    page = response.content.decode()
    assert "لا يمكن حفظ الملفات الآن" in page
    assert f'<a href="{settings.QUICK_EXIT_DEFAULT_URL}" rel="noreferrer">' in page  # a way out
    assert not Document.objects.filter(title="دليل").exists()
