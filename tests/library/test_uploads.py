"""Uploading files to the library through the admin: checked by their bytes, then read."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model

from library.models import DocumentAnalysis
from library.pdf_writer import pdf_document, textless_pdf
from library.review import REVIEWERS
from library.uploads import check_upload
from tests.library.conftest import make_user

Document = get_document_model()
ARABIC = "دليل حقوق العاملات في الفلاحة بولاية الكاف"
FRENCH = "Guide des droits des ouvrières agricoles du Kef"


@pytest.fixture
def staff_client(client, db):
    client.force_login(make_user("editor", REVIEWERS, "Editors"))
    return client


@pytest.fixture
def superuser_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    return client


def upload(client, name: str, content: bytes, title: str = "وثيقة"):
    file = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    return client.post(reverse("wagtaildocs:add"), {"title": title, "file": file, "collection": 1})


def stored_files(stem: str) -> list[Path]:
    return sorted((Path(settings.MEDIA_ROOT) / "documents").glob(f"{stem}*"))


def upload_error(response) -> str:
    assert response.status_code == 200
    return " ".join(response.context["form"].errors["file"])


def test_a_pdf_upload_is_read_in_the_background(
    superuser_client, django_capture_on_commit_callbacks
):
    content = pdf_document("دليل", [ARABIC, FRENCH, "صفحة ثالثة"])
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(superuser_client, "guide.pdf", content)
    assert response.status_code == 302
    analysis = DocumentAnalysis.objects.get(document__title="وثيقة")
    assert analysis.status == "done"
    assert analysis.page_count == 3
    assert analysis.file_size == len(content)
    assert "بولاية الكاف" in analysis.text and "ouvrières agricoles" in analysis.text
    assert analysis.thumbnail.name.endswith(".webp") and analysis.thumbnail_width == 240


@pytest.mark.parametrize(
    ("content", "status"),
    [
        (pdf_document("سري", [ARABIC], password="secret"), "encrypted"),
        (textless_pdf(), "no-text"),
    ],
)
def test_unreadable_pdfs_are_stored_with_a_clear_status(
    superuser_client, django_capture_on_commit_callbacks, content, status
):
    with django_capture_on_commit_callbacks(execute=True):
        assert upload(superuser_client, "scan.pdf", content).status_code == 302
    assert DocumentAnalysis.objects.get().status == status


def test_a_program_renamed_pdf_is_refused_and_nothing_is_stored(superuser_client):
    windows_program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
    response = upload(superuser_client, "rapport.pdf", windows_program)
    assert "PDF" in upload_error(response)
    assert not Document.objects.exists()
    assert stored_files("rapport") == []


def test_a_file_whose_content_does_not_match_its_name_is_refused(superuser_client):
    response = upload(superuser_client, "guide.docx", pdf_document("دليل", [ARABIC]))
    assert "DOCX" in upload_error(response)
    assert not Document.objects.exists()


def test_an_empty_file_is_refused(superuser_client):
    response = upload(superuser_client, "empty.pdf", b"")
    assert upload_error(response)
    assert not Document.objects.exists()


def test_an_oversized_file_is_refused_with_the_limit(superuser_client, settings):
    settings.LIBRARY_MAX_UPLOAD_SIZE = 10_000
    response = upload(superuser_client, "big.pdf", pdf_document("كبير", [ARABIC * 200] * 5))
    message = upload_error(response)
    assert "9.8" in message or "9,8" in message or "٩" in message  # the limit, 10 000 bytes
    assert not Document.objects.exists()
    assert stored_files("big") == []


def test_other_formats_are_refused_by_extension(superuser_client):
    response = upload(superuser_client, "page.html", b"<script>alert(1)</script>")
    assert upload_error(response)
    response = upload(superuser_client, "image.svg", b"<svg onload=alert(1)></svg>")
    assert upload_error(response)
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    "name", ["../../etc/passwd.pdf", "..\\..\\boot.pdf", "/tmp/absolute.pdf", "ملف عربي <b>.pdf"]
)
def test_file_names_cannot_leave_the_documents_folder(superuser_client, name):
    assert upload(superuser_client, name, pdf_document("وثيقة", [ARABIC])).status_code == 302
    document = Document.objects.get()
    stored = Path(document.file.path).resolve()
    assert stored.parent == (Path(settings.MEDIA_ROOT) / "documents").resolve()
    assert "<" not in stored.name and ".." not in stored.name


def test_an_upload_never_overwrites_another(superuser_client):
    first, second = pdf_document("أ", [ARABIC]), pdf_document("ب", [FRENCH])
    upload(superuser_client, "report.pdf", first)
    upload(superuser_client, "report.pdf", second)
    files = [Path(document.file.path).read_bytes() for document in Document.objects.order_by("pk")]
    assert files == [first, second]


def test_documents_are_served_with_type_and_disposition(client, superuser_client):
    upload(superuser_client, "guide.pdf", pdf_document("دليل", [ARABIC]))
    png = io.BytesIO()
    Image.new("RGB", (20, 20), "purple").save(png, "PNG")
    upload(superuser_client, "poster.png", png.getvalue(), title="ملصق")
    client.logout()
    pdf, poster = Document.objects.order_by("pk")
    response = client.get(pdf.url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")  # read online
    assert response["X-Content-Type-Options"] == "nosniff"
    assert client.get(poster.url)["Content-Disposition"].startswith("attachment")


def test_the_same_checks_apply_to_any_file_object():
    check_upload(SimpleUploadedFile("ok.pdf", pdf_document("وثيقة", [ARABIC])))
    with pytest.raises(Exception, match="EPUB"):
        check_upload(SimpleUploadedFile("book.epub", b"%PDF-1.4 not an epub"))


@pytest.mark.parametrize(
    ("name", "content"),
    [("rapport.pdf", b"MZ\x90 a program"), ("page.html", b"<p>"), ("empty.pdf", b"")],
)
def test_a_refused_file_gets_one_message_that_says_why(superuser_client, name, content):
    response = upload(superuser_client, name, content)
    assert len(response.context["form"].errors["file"]) == 1
