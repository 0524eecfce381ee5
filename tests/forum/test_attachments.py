"""Files attached to forum posts, through the real forms: JPEG, PNG, WebP pictures and PDFs
only, judged by their bytes; pictures drawn again without their metadata (no GPS place);
new, safe names; a refusal says why in her language and keeps what she wrote; served only
to readers who may read the forum and see the post."""

import html
import io
import re

import pytest
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_permission.models import ForumPermission, UserForumPermission
from PIL import Image
from pypdf import PdfReader, PdfWriter

from forum.forum_conversation.forum_attachments import uploads
from tests.forum.test_forum import form_fields, member
from tests.library.factories import pdf_file

SAFE_NAME = re.compile(r"^machina/attachments/[0-9a-f]{32}\.(webp|pdf)$")
GENERAL_ERROR_AR = "توجد بعض الأخطاء في المرفقات التي أرسلتِها."  # machina's, in Arabic
HOME = (36.8065, 10.1815)  # where she lives


def jpeg_with_gps(size=(3000, 2000)) -> bytes:
    picture = Image.new("RGB", size, "red")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # Orientation: turned a quarter, as phones write it
    exif.get_ifd(0x8825).update(
        {1: "N", 2: (36.0, 48.0, 23.4), 3: "E", 4: (10.0, 10.0, 53.4)}  # GPSInfo
    )
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif)
    data = out.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)  # the place is in it
    return data


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (40, 30), (0, 128, 0, 128)).save(out, "PNG")
    return out.getvalue()


def pdf_with_author() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_file().read())))
    writer.add_metadata({"/Author": "Amal Ben Salah", "/Producer": "Her laptop"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def upload(name: str, content: bytes, content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, content, content_type)


@pytest.fixture
def writer(client, homes, questions):
    client.force_login(member("amal", "أمل"))
    return client


@pytest.fixture
def questions(db):
    from machina.apps.forum.models import Forum

    return Forum.objects.get(name="Questions and help")


def create_url(forum, language="ar"):
    return f"/{language}/forum/forum/{forum.slug}-{forum.pk}/topic/create/"


def post_topic(client, forum, files, subject="سؤال مع ملف", content="نص كتبته بعناية", **extra):
    url = create_url(forum)
    page = client.get(url)
    assert page.status_code == 200
    data = {**form_fields(page.content.decode()), "subject": subject, "content": content}
    data.setdefault("topic_type", "0")
    for number, file in enumerate(files):
        data[f"attachment-{number}-file"] = file
    data.update(extra)
    return client.post(url, data)


def stored(subject="سؤال مع ملف"):
    post = Post.objects.get(subject=subject)
    return list(post.attachments.all())


def test_members_see_as_many_file_fields_as_a_post_may_carry(writer, questions):
    page = html.unescape(writer.get(create_url(questions)).content.decode())
    assert page.count('type="file"') == 3  # MACHINA_ATTACHMENT_MAX_FILES_PER_POST
    assert 'name="attachment-MAX_NUM_FORMS" value="3"' in page
    assert "add_more_attachment" not in page  # needs machina's script, which is not loaded
    # Folded away until she wants them; an empty row has nothing to delete.
    assert '<details class="attachments"><summary>إرفاق صور أو ملفات PDF (اختياري)' in page
    assert "DELETE" not in page


def test_a_refused_file_leaves_the_files_open_and_a_reply_is_titled_in_her_language(
    writer, questions
):
    response = post_topic(writer, questions, [upload("notes.exe", b"MZ" + b"\0" * 64)])
    assert '<details class="attachments" open>' in response.content.decode()
    topic = Topic.objects.create(forum=questions, poster=None, subject="موضوع", type=0, status=0)
    reply = f"/fr/forum/forum/{questions.slug}-{questions.pk}/topic/{topic.slug}-{topic.pk}/"
    page = html.unescape(writer.get(f"{reply}post/create/").content.decode())
    assert 'value="Re : موضوع"' in page


def test_a_photo_loses_its_gps_place_and_is_made_smaller(writer, questions):
    response = post_topic(writer, questions, [upload("IMG_2024 بيتي.jpg", jpeg_with_gps())])
    assert response.status_code == 302
    (attachment,) = stored()
    assert SAFE_NAME.match(attachment.file.name) and attachment.file.name.endswith(".webp")
    data = attachment.file.read()
    picture = Image.open(io.BytesIO(data))
    assert picture.format == "WEBP"
    assert not picture.getexif() and "exif" not in picture.info and "xmp" not in picture.info
    assert b"Exif" not in data and b"PhoneMaker" not in data
    assert max(picture.size) <= uploads.MAX_SIDE
    assert picture.size == (1067, 1600)  # turned the right way up, as the phone showed it


def test_a_png_and_a_pdf_are_accepted_and_the_pdf_loses_its_author(writer, questions):
    response = post_topic(
        writer,
        questions,
        [upload("a.png", png(), "image/png"), upload("تقرير.pdf", pdf_with_author(), "x/y")],
    )
    assert response.status_code == 302
    picture, document = sorted(stored(), key=lambda a: a.file.name.endswith(".pdf"))
    assert Image.open(picture.file).mode == "RGBA"  # transparency kept
    assert SAFE_NAME.match(document.file.name) and document.file.name.endswith(".pdf")
    data = document.file.read()
    assert data.startswith(b"%PDF") and b"Amal Ben Salah" not in data
    reader = PdfReader(io.BytesIO(data))
    assert "وثيقة" in reader.pages[0].extract_text() or len(reader.pages) == 1
    assert not (reader.metadata or {}).get("/Author")


REFUSED = [
    ("html renamed", "photo.jpg", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
    (
        "svg",
        "drawing.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>',
    ),
    ("executable", "photo.png", b"MZ\x90\x00\x03" + b"\x00" * 200 + b"This program cannot"),
    ("elf", "photo.webp", b"\x7fELF\x02\x01\x01" + b"\x00" * 200),
    ("gif", "anim.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
]


@pytest.mark.parametrize("kind, name, content", REFUSED, ids=[r[0] for r in REFUSED])
def test_other_files_are_refused_in_her_language_and_her_text_stays(
    writer, questions, kind, name, content
):
    response = post_topic(
        writer, questions, [upload(name, content, "image/jpeg")], content="نص طويل لا يضيع"
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in page
    with translation.override("ar"):
        assert str(uploads.NOT_ACCEPTED) in page
    assert GENERAL_ERROR_AR in page
    assert "نص طويل لا يضيع" in page and "سؤال مع ملف" in page  # nothing she typed is lost
    assert not Topic.objects.filter(subject="سؤال مع ملف").exists()
    assert not Attachment.objects.exists()


def test_a_file_over_the_size_limit_is_refused(writer, questions, settings):
    settings.FORUM_ATTACHMENT_MAX_SIZE = 50 * 1024
    response = post_topic(writer, questions, [upload("big.jpg", jpeg_with_gps())])
    page = html.unescape(response.content.decode())
    with translation.override("ar"):
        assert filesizeformat(50 * 1024) in page  # the limit is said, in her language
    assert "نص كتبته بعناية" in page
    assert not Attachment.objects.exists()


def test_a_picture_with_too_many_pixels_is_refused_before_it_is_decoded(writer, questions):
    out = io.BytesIO()
    Image.new("1", (10_000, 6_000)).save(out, "PNG")  # small file, 60 million pixels
    response = post_topic(writer, questions, [upload("huge.png", out.getvalue(), "image/png")])
    assert response.status_code == 200 and not Attachment.objects.exists()


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd.png", "..\\..\\boot.png", 'a";b\u202egnp.exe.png', "صورة\t\u200f.png"],
)
def test_names_are_never_kept(writer, questions, name):
    response = post_topic(writer, questions, [upload(name, png(), "image/png")])
    assert response.status_code == 302
    (attachment,) = stored()
    assert SAFE_NAME.match(attachment.file.name)


def test_no_overwrite_when_two_files_have_the_same_name(writer, questions):
    post_topic(writer, questions, [upload("a.png", png()), upload("a.png", png())])
    names = {a.file.name for a in stored()}
    assert len(names) == 2


def test_too_many_files_are_refused(writer, questions):
    response = post_topic(
        writer,
        questions,
        [upload(f"{n}.png", png(), "image/png") for n in range(4)],
        **{"attachment-TOTAL_FORMS": "4"},
    )
    assert response.status_code == 200
    assert "نص كتبته بعناية" in html.unescape(response.content.decode())
    assert not Attachment.objects.exists()


def test_the_preview_keeps_only_the_cleaned_file_then_posts_it(writer, questions):
    url = create_url(questions)
    page = writer.get(url)
    data = {
        **form_fields(page.content.decode()),
        "subject": "سؤال مع ملف",
        "content": "نص",
        "topic_type": "0",
    }
    preview = writer.post(
        url, {**data, "preview": "1", "attachment-0-file": upload("home.jpg", jpeg_with_gps())}
    )
    assert preview.status_code == 200
    kept = caches["machina_attachments"].get(f"attachments_{writer.session.session_key}")
    (state,) = kept.values()
    assert SAFE_NAME.match(f"machina/attachments/{state['name']}")
    assert b"Exif" not in state["content"] and b"PhoneMaker" not in state["content"]
    assert writer.post(url, data).status_code == 302  # the file is not sent again
    (attachment,) = stored()
    assert b"Exif" not in attachment.file.read()


def test_the_cache_keeps_no_refused_file(writer, questions):
    url = create_url(questions)
    data = {**form_fields(writer.get(url).content.decode()), "subject": "s", "content": "c"}
    data.update({"topic_type": "0", "preview": "1"})
    writer.post(url, {**data, "attachment-0-file": upload("x.jpg", b"<html></html>")})
    kept = caches["machina_attachments"].get(f"attachments_{writer.session.session_key}")
    assert not kept


def approved_attachment(client, forum, files):
    post_topic(client, forum, files)
    post = Post.objects.get(subject="سؤال مع ملف")
    Post.objects.filter(pk=post.pk).update(approved=True)
    Topic.objects.filter(pk=post.topic_id).update(approved=True)
    return post.attachments.get()


def test_anyone_downloads_from_a_public_forum_with_safe_headers(writer, client, questions):
    picture = approved_attachment(writer, questions, [upload("a.png", png(), "image/png")])
    writer.logout()
    response = client.get(f"/ar/forum/attachment/{picture.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    assert "sandbox" in response["Content-Security-Policy"]
    assert "private" in response["Cache-Control"]


def test_pdfs_are_always_downloaded(writer, client, questions):
    document = approved_attachment(writer, questions, [upload("r.pdf", pdf_file().read())])
    response = writer.get(f"/ar/forum/attachment/{document.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_reader_who_may_not_read_the_forum_cannot_download(writer, client, questions):
    picture = approved_attachment(writer, questions, [upload("a.png", png(), "image/png")])
    read = ForumPermission.objects.get(codename="can_read_forum")
    for who in ({"anonymous_user": True}, {"authenticated_user": True}):
        UserForumPermission.objects.update_or_create(
            permission=read, forum=questions, **who, defaults={"has_perm": False}
        )
    url = f"/ar/forum/attachment/{picture.pk}/"
    other = member("other", "قارئة")
    writer.logout()
    assert client.get(url).status_code == 302  # to the login page, not the file
    client.force_login(other)
    assert client.get(url).status_code == 403


def test_a_post_waiting_for_approval_keeps_its_file_to_its_author(writer, client, questions):
    post_topic(writer, questions, [upload("a.png", png(), "image/png")])
    picture = Attachment.objects.get()
    assert not picture.post.approved  # her first post waits for a moderator
    url = f"/ar/forum/attachment/{picture.pk}/"
    assert writer.get(url).status_code == 200
    writer.force_login(member("other", "قارئة"))
    assert writer.get(url).status_code == 404
    writer.force_login(member("editor", "المشرفة", "Moderators"))
    assert writer.get(url).status_code == 200


def test_an_older_install_loses_its_denial_of_attachments(db):
    from importlib import import_module

    from django.apps import apps

    attach = ForumPermission.objects.get(codename="can_attach_file")
    UserForumPermission.objects.update_or_create(
        permission=attach, forum=None, authenticated_user=True, defaults={"has_perm": False}
    )
    import_module("forum.migrations.0016_members_attach_files").allow_attachments(apps, None)
    assert UserForumPermission.objects.get(
        permission=attach, forum=None, authenticated_user=True
    ).has_perm
