"""What a forum post may carry: JPEG, PNG and WebP pictures and PDF files, judged by their
bytes (never by the name or the type the browser sent), up to FORUM_ATTACHMENT_MAX_SIZE.

Nothing of the file as it was sent is kept. Pictures are decoded and drawn again into a new
WebP, at most MAX_SIDE pixels on their longest side: their metadata (EXIF with the GPS place
a phone records, camera, date; XMP; ICC profile) is not carried over. PDFs lose their
document information (author, software) and XMP metadata. Each file gets a new random name,
so no path, odd byte or overwrite can come from the name she chose.

clean_upload() is called both by the attachment cache (the files kept between a preview and
sending, cache.py) and by the attachment form (forms.py), and remembers its answer on the
upload, so a file is cleaned once per request.
"""

import io
import uuid

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

from women_portal.core.pictures import open_picture

DEFAULT_MAX_SIZE = 5 * 1024 * 1024
MAX_SIDE = 1600  # pixels, longest side of a picture as it is kept
PICTURES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}  # mime → Pillow
PDF = "application/pdf"
NOT_ACCEPTED = _(
    "The forum accepts JPEG, PNG and WebP pictures and PDF files only, and this file is "
    "none of them, whatever its name says."
)
UNREADABLE_PICTURE = _(
    "This picture cannot be read. Save it again as JPEG or PNG, or choose another."
)
UNREADABLE_PDF = _(
    "This PDF cannot be read (it may be damaged or protected by a password). Export it "
    "again from the program that made it."
)


def max_size() -> int:
    return getattr(settings, "FORUM_ATTACHMENT_MAX_SIZE", DEFAULT_MAX_SIZE)


def safe_name(extension: str) -> str:
    return f"{uuid.uuid4().hex}.{extension}"


def mark_clean(upload):
    """An upload that is already the cleaned file (e.g. restored from the attachment cache)."""
    upload.forum_cleaned = upload
    return upload


def clean_upload(upload):
    """The file to keep instead of `upload`, or ValidationError with a message to show."""
    done = getattr(upload, "forum_cleaned", None)
    if done is None:
        try:
            done = mark_clean(clean(upload))
        except ValidationError as refusal:
            done = refusal
        upload.forum_cleaned = done
    if isinstance(done, ValidationError):
        raise done
    return done


def clean(upload):
    if upload.size > max_size():
        raise ValidationError(
            _("This file is %(size)s; the forum accepts files up to %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_size())},
            code="too_large",
        )
    upload.seek(0)
    kind = filetype.guess(upload.read(8192))
    upload.seek(0)
    if kind is None or (kind.mime not in PICTURES and kind.mime != PDF):
        raise ValidationError(NOT_ACCEPTED, code="type")
    if kind.mime == PDF:
        return clean_pdf(upload)
    return clean_picture(upload, PICTURES[kind.mime])


def clean_picture(upload, expected_format: str):
    try:
        with open_picture(upload) as picture:
            if picture.format != expected_format:
                raise ValidationError(NOT_ACCEPTED, code="type")
            picture = ImageOps.exif_transpose(picture)  # keep it the right way up
            alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
            picture = picture.convert("RGBA" if alpha else "RGB")
            picture.thumbnail((MAX_SIDE, MAX_SIDE))
            # Only the pixels go into a new image: no info (EXIF, XMP, ICC, comments) follows.
            drawn = Image.new(picture.mode, picture.size)
            drawn.paste(picture)
            out = io.BytesIO()
            drawn.save(out, "WEBP", quality=82)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(UNREADABLE_PICTURE, code="unreadable") from None
    return SimpleUploadedFile(safe_name("webp"), out.getvalue(), "image/webp")


def clean_pdf(upload):
    try:
        reader = PdfReader(io.BytesIO(upload.read()))
        upload.seek(0)
        if reader.is_encrypted:
            raise ValidationError(UNREADABLE_PDF, code="unreadable")
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None  # author, software, dates
        writer.root_object.pop("/Metadata", None)  # XMP
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, RecursionError):
        raise ValidationError(UNREADABLE_PDF, code="unreadable") from None
    return SimpleUploadedFile(safe_name("pdf"), out.getvalue(), PDF)
