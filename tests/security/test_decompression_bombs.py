"""Files built to explode once opened: a small PNG of 12,000 × 12,000 pixels (600 MB once
decoded), a tiny PDF whose page is 1 point wide and 3,000 high, and request bodies larger
than anything the address takes. Each is refused with a message in the reader's language,
or drawn within bounds, before it costs the server its memory (found by an outside probe:
an avatar took a worker to 881 MB, a thumbnail to 2 GB)."""

import html
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from pypdf import PdfWriter
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from forum.forum_conversation.forum_attachments.uploads import clean_upload
from library.extraction import read_document
from library.uploads import check_upload
from tests.accounts.test_accounts import member  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
SIDE = 12_000


def png_bomb() -> bytes:
    out = io.BytesIO()
    Image.new("1", (SIDE, SIDE)).save(out, "PNG")  # one bit a pixel to make, 8+ to decode
    return out.getvalue()


def tall_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=1, height=3000)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_avatar_with_too_many_pixels_is_refused_with_a_message(client, member, homes):  # noqa: F811
    bomb = SimpleUploadedFile("me.png", png_bomb(), "image/png")
    assert len(bomb) < 300_000
    client.force_login(member)
    response = client.post("/fr/accounts/profile/", {"pseudonym": "سلمى", "avatar": bomb})
    assert "trop de pixels" in html.unescape(response.content.decode())
    member.profile.refresh_from_db()
    assert not member.profile.avatar


@pytest.mark.parametrize(
    "check",
    [
        lambda upload: check_upload(upload),  # a library file (PNG is a library type)
        lambda upload: clean_upload(upload),  # a forum attachment
    ],
    ids=["library", "forum"],
)
def test_library_files_and_attachments_with_too_many_pixels_are_refused(check):
    upload = SimpleUploadedFile("poster.png", png_bomb(), "image/png")
    with translation.override("fr"):
        with pytest.raises(ValidationError) as refused:
            check(upload)
        assert "trop de pixels" in " ".join(refused.value.messages)


def test_an_editors_image_with_too_many_pixels_is_refused(db):
    form_class = get_image_form(get_image_model())
    upload = SimpleUploadedFile("poster.png", png_bomb(), "image/png")
    form = form_class(data={"title": "poster"}, files={"file": upload})
    assert not form.is_valid()
    assert "file" in form.errors


# In a process of its own, so that its peak memory is its own.
MEASURE = """
import json, resource, sys
import django
django.setup()
from library.extraction import read_document
data = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
reading = read_document(data, sys.argv[2])
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
size = None
if reading.thumbnail:
    from PIL import Image
    import io
    size = Image.open(io.BytesIO(reading.thumbnail)).size
print(json.dumps({"grown_mb": grown / 1024, "status": reading.status, "size": size}))
"""


def measured(tmp_path, data: bytes, extension: str) -> dict:
    path = tmp_path / f"file.{extension}"
    path.write_bytes(data)
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path), extension],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "women_portal.settings.test", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_tall_pdf_page_is_drawn_within_the_thumbnails_box(tmp_path):
    reading = measured(tmp_path, tall_pdf(), "pdf")
    assert reading["grown_mb"] < 100, reading
    width, height = reading["size"]
    assert width <= 240 and height <= 480


def test_a_picture_with_too_many_pixels_is_never_decoded_for_its_thumbnail(tmp_path):
    reading = measured(tmp_path, png_bomb(), "png")
    assert reading["grown_mb"] < 100, reading
    assert reading["status"] == "broken"


def test_an_ordinary_pdf_still_gets_its_thumbnail():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)  # A4
    out = io.BytesIO()
    writer.write(out)
    width, height = Image.open(io.BytesIO(read_document(out.getvalue(), "pdf").thumbnail)).size
    assert width == 240 and 330 <= height <= 345


@pytest.mark.parametrize(
    ("path", "language_says"),
    [
        ("/ar/forum/", "كبير"),
        ("/fr/accounts/profile/", "trop volumineux"),
        ("/admin/documents/multiple/add/", None),
    ],
)
def test_bodies_larger_than_the_address_takes_are_refused_before_they_are_read(
    client, settings, path, language_says
):
    admin = path.startswith("/admin/")
    limit = settings.MAX_ADMIN_REQUEST_BODY if admin else settings.MAX_PUBLIC_REQUEST_BODY
    response = client.generic(
        "POST", path, b"x", CONTENT_TYPE="multipart/form-data; boundary=x", CONTENT_LENGTH=limit + 1
    )
    assert response.status_code == 413
    if language_says:
        assert language_says in response.content.decode()
    if not admin:  # the admin takes a library file, larger than anything else
        assert settings.MAX_ADMIN_REQUEST_BODY > limit
