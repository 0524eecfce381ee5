"""Small real PDFs with Arabic and French text, for the demo content and the tests.

Text is shaped with HarfBuzz (fpdf2 + uharfbuzz), the way modern tools write Arabic, with a
subset of DejaVu Sans bundled in fonts/ (Latin and Arabic; licence in fonts/LICENSE.txt).
"""

import re
from pathlib import Path

from fpdf import FPDF

FONT = Path(__file__).parent / "fonts" / "DejaVuSans-ar-fr.ttf"
ARABIC = re.compile(r"[\u0600-\u06FF]")


def new_pdf(title: str) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_creator("Women's Portal")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_text_shaping(use_shaping_engine=True)
    pdf.set_margins(20, 20, 20)
    return pdf


def write_paragraph(pdf: FPDF, text: str, size: int = 12) -> None:
    pdf.set_font("DejaVu", size=size)
    align = "R" if ARABIC.search(text[:40]) else "L"
    pdf.multi_cell(0, size * 0.6, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(size * 0.4)


def pdf_document(title: str, pages: list[str], password: str | None = None) -> bytes:
    """A PDF with the title on the first page and one page per text (paragraphs split on
    blank lines). With a password, it is encrypted and cannot be opened without it."""
    pdf = new_pdf(title)
    for number, text in enumerate(pages or [""]):
        pdf.add_page()
        if number == 0:
            write_paragraph(pdf, title, size=18)
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                write_paragraph(pdf, paragraph.strip())
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    return bytes(pdf.output())


def textless_pdf() -> bytes:
    """What a scanner makes: pages of pictures, no text."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_fill_color(200, 200, 200)
    for row in range(30):
        pdf.rect(20, 20 + row * 8, 120 + (row * 37) % 50, 4, style="F")
    return bytes(pdf.output())
