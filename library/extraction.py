"""Reading a document's file: page count, text in logical order, a picture of the first page.

Arabic PDFs come in two kinds. Modern ones map each glyph back to its letter, and pypdf
gives words in reading order (sometimes with presentation forms, which NFKC turns back into
standard letters). Older generators draw each glyph on its own, left to right as seen on
paper ("visual order"): pypdf then yields every Arabic word backwards ("ةيروهمجلا"). We
detect that by the article "ال", which starts very many Arabic words and so shows up at the
end of them when the text is reversed, and turn those lines back.
"""

import io
import logging
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from women_portal.core.pictures import fits

logger = logging.getLogger(__name__)

THUMBNAIL_WIDTH = 240
THUMBNAIL_HEIGHT = THUMBNAIL_WIDTH * 2
MAX_TEXT_LENGTH = 2_000_000  # about 1,000 dense pages; enough to find a document by
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
WORD = re.compile(r"\S+")
# Runs that are left-to-right even inside an Arabic line: Latin words and numbers.
LEFT_TO_RIGHT_RUN = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:[.,:/'’-][0-9A-Za-z\u00C0-\u024F]+)*")


@dataclass
class Reading:
    status: str
    page_count: int | None = None
    text: str = ""
    thumbnail: bytes | None = None  # WebP


def standard_text(text: str) -> str:
    """Presentation forms and ligatures → standard letters; no NUL (PostgreSQL refuses it)."""
    return unicodedata.normalize("NFKC", text).replace("\x00", "")


def is_visual_order(text: str) -> bool:
    words = [word for word in WORD.findall(text) if len(word) > 3 and ARABIC_LETTER.match(word)]
    forward = sum(word.startswith("ال") for word in words)
    backward = sum(word.endswith("لا") for word in words)
    return backward > max(forward, 2)


def reverse_line(line: str) -> str:
    """A line stored left to right as seen → the order it is read in."""
    reversed_line = line[::-1]
    return LEFT_TO_RIGHT_RUN.sub(lambda run: run.group(0)[::-1], reversed_line)


def logical_order(text: str) -> str:
    text = standard_text(text)
    if not is_visual_order(text):
        return text
    return "\n".join(
        reverse_line(line) if ARABIC_LETTER.search(line) else line for line in text.splitlines()
    )


def has_text(text: str) -> bool:
    return sum(character.isalpha() for character in text) >= 20


def thumbnail_scale(width: float, height: float) -> float:
    """The scale at which a page of this size (in points) fits the thumbnail's box, bounded
    in both directions: a page 1 point wide and 3,000 high, scaled by its width alone, would
    render 240 × 720,000 pixels (2 GB)."""
    return min(THUMBNAIL_WIDTH / width, THUMBNAIL_HEIGHT / height)


def first_page_picture(data: bytes) -> bytes | None:
    try:
        pdf = pypdfium2.PdfDocument(data)
        try:
            page = pdf[0]
            bitmap = page.render(scale=thumbnail_scale(page.get_width(), page.get_height()))
            return webp(bitmap.to_pil())
        finally:
            pdf.close()
    except (pypdfium2.PdfiumError, IndexError, ZeroDivisionError):
        return None


def webp(picture: Image.Image) -> bytes:
    picture = picture.convert("RGB")
    picture.thumbnail((THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT))
    out = io.BytesIO()
    picture.save(out, "WEBP", quality=70)
    return out.getvalue()


def read_pdf(data: bytes) -> Reading:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return Reading("encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        return Reading("encrypted")
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        logger.warning("unreadable PDF: %s", error)
        return Reading("broken")
    text = logical_order("\n\n".join(pages))[:MAX_TEXT_LENGTH]
    status = "done" if has_text(text) else "no-text"
    return Reading(status, len(pages), text if status == "done" else "", first_page_picture(data))


def read_image(data: bytes) -> Reading:
    try:
        with Image.open(io.BytesIO(data)) as picture:
            if not fits(picture):  # refused on upload; never decoded here either
                return Reading("broken")
            picture.draft("RGB", (THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT))
            return Reading("not-pdf", 1, thumbnail=webp(picture))
    except (OSError, Image.DecompressionBombError):
        return Reading("broken")


def read_document(data: bytes, extension: str) -> Reading:
    extension = extension.lower()
    if extension == "pdf":
        return read_pdf(data)
    if extension in {"png", "jpg", "jpeg"}:
        return read_image(data)
    return Reading("not-pdf")
