"""Reading real PDFs: Arabic and French text in reading order, page count, first page picture."""

import io

from fpdf import FPDF
from PIL import Image

from library.extraction import logical_order, read_document, reverse_line
from library.pdf_writer import FONT, pdf_document, textless_pdf

ARABIC = "تعمل النساء الريفيات في الفلاحة بولاية الكاف ويواجهن صعوبات النقل إلى الحقول."
FRENCH = "Les femmes rurales du Kef travaillent aux champs et demandent un transport sûr."


def visual_order_pdf(text: str) -> bytes:
    """How older tools write Arabic: each letter drawn on its own, left to right as seen."""
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=14)
    x = 20
    for letter in reversed(text):
        pdf.text(x, 30, letter)
        x += pdf.get_string_width(letter)
    return bytes(pdf.output())


def test_arabic_and_french_text_come_out_in_reading_order():
    reading = read_document(pdf_document("تقرير", [ARABIC, FRENCH]), "pdf")
    assert reading.status == "done"
    assert reading.page_count == 2
    assert "الفلاحة بولاية الكاف" in reading.text
    assert "travaillent aux champs" in reading.text


def test_first_page_becomes_a_small_webp_picture():
    reading = read_document(pdf_document("تقرير", [ARABIC]), "pdf")
    picture = Image.open(io.BytesIO(reading.thumbnail))
    assert picture.format == "WEBP"
    assert picture.width == 240 and picture.height > 300  # an A4 page, upright


def test_visual_order_arabic_is_turned_back_into_reading_order():
    words = "الجمهورية التونسية بلدية الكاف تقرير التقييم الذاتي"
    reading = read_document(visual_order_pdf(words), "pdf")
    assert reading.text.strip() == words


def test_presentation_forms_become_standard_letters():
    # "الكاف" as some PDFs give it: contextual glyph forms of the Arabic Presentation Forms-B block
    assert logical_order("\ufedf\ufedc\ufe8e\ufed2") == "لكاف"
    assert logical_order("\ufefb") == "لا"  # the lam-alef ligature


def test_numbers_and_latin_words_keep_their_direction_when_a_line_is_turned():
    assert reverse_line("1899 مقر") == "رقم 1899"
    assert reverse_line("OGP ةكارش 2023") == "2023 شراكة OGP"


def test_french_and_reading_order_arabic_are_left_alone():
    text = "الجمهورية التونسية\nLa République tunisienne"
    assert logical_order(text) == text


def test_encrypted_pdf_gets_a_status_not_an_error():
    reading = read_document(pdf_document("سري", [ARABIC], password="secret"), "pdf")
    assert reading.status == "encrypted"
    assert reading.text == ""


def test_scanned_pdf_without_text_is_told_apart():
    reading = read_document(textless_pdf(), "pdf")
    assert reading.status == "no-text"
    assert reading.page_count == 1
    assert reading.thumbnail  # the editor still sees what it looks like


def test_broken_pdf_gets_a_status_not_an_error():
    whole = pdf_document("تقرير", [ARABIC])
    assert read_document(whole[: len(whole) // 3], "pdf").status == "broken"
    assert read_document(b"%PDF-1.7\n\x00\xff garbage", "pdf").status == "broken"


def test_images_get_a_picture_and_other_formats_a_status():
    png = io.BytesIO()
    Image.new("RGB", (800, 1200), "purple").save(png, "PNG")
    reading = read_document(png.getvalue(), "png")
    assert reading.status == "not-pdf" and reading.thumbnail
    assert read_document(b"PK\x03\x04", "epub").status == "not-pdf"
