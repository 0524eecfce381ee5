"""Demo library: organisations, the library page in each language, and items with real PDFs.

The PDFs are written here (pdf_writer) with the items' Arabic and French text, so extraction
and search have something true to find. The municipality's OGP self-assessment report is the
real text from the project's seed. Only adds what is missing.
"""

import functools
from datetime import date
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.demo import section_page
from women_portal.core.models import Theme

from .demo_items import ITEMS, ORGANISATIONS
from .models import DocumentLanguage, LibraryIndexPage, LibraryItemPage, Organisation
from .pdf_writer import pdf_document
from .review import submissions_collection

# The municipality's own report (public), as the project received it.
DEMO_FILES = Path(__file__).parent / "demo_files"
SEED_LINES_PER_PAGE = 40

LIBRARY = {
    "ar": (
        "المكتبة الرقمية",
        "دراسات وقوانين وأدلة وتقارير وكتب وأفلام وثائقية عن نساء الكاف وحقوقهن، تنشرها البلدية "
        "والجمعيات. ابحثي بكلمة أو اختاري نوع الوثيقة والموضوع والسنة.",
    ),
    "fr": (
        "Bibliothèque numérique",
        "Études, lois, guides, rapports, livres et documentaires sur les femmes du Kef et leurs "
        "droits, publiés par la municipalité et les associations. Cherchez un mot ou choisissez "
        "le type de document, le thème et l'année.",
    ),
    "en": (
        "Digital library",
        "Studies, laws, guides, reports, books and documentaries about the women of El Kef and "
        "their rights. The documents are in Arabic and French: switch language to browse them.",
    ),
}


def load_organisations() -> dict[str, Organisation]:
    found = {}
    for data in ORGANISATIONS:
        organisation, _created = Organisation.objects.update_or_create(
            slug=data["key"],
            defaults={
                "name_ar": data["name_ar"],
                "name_fr": data["name_fr"],
                "description_ar": data["description_ar"],
                "description_fr": data["description_fr"],
                "website": data["website"],
                "contact_email": data["contact_email"],
            },
        )
        found[data["key"]] = organisation
    return found


def load_libraries() -> dict[str, LibraryIndexPage]:
    return section_page(LibraryIndexPage, "library", LIBRARY)


def seed_pages(file_name: str) -> list[str]:
    """The seed report's text, cut into pages of a few dozen lines."""
    lines = [line.strip() for line in (DEMO_FILES / file_name).read_text().splitlines()]
    lines = [line for line in lines if line]
    return [
        "\n\n".join(lines[start : start + SEED_LINES_PER_PAGE])
        for start in range(0, len(lines), SEED_LINES_PER_PAGE)
    ]


@functools.cache
def demo_pdf(title: str, pages: tuple[str, ...]) -> bytes:
    """Made once per process: the PDFs do not change, and the test suite loads the demo
    content many times (shaping the Arabic text is most of the cost)."""
    return pdf_document(title, list(pages))


def item_document(data: dict):
    pages = seed_pages("ogp-self-assessment-2023.txt") if data.get("seed_file") else data["pages"]
    if not pages:
        return None
    Document = get_document_model()
    document = Document(
        title=data["title"],
        collection=submissions_collection(),
        file=ContentFile(demo_pdf(data["title"], tuple(pages)), name=f"{data['key']}.pdf"),
    )
    document._set_document_file_metadata()
    document.save()
    return document


def load_item(data: dict, library: LibraryIndexPage, organisations) -> None:
    if LibraryItemPage.objects.filter(slug=data["key"], locale=library.locale).exists():
        return
    item = LibraryItemPage(
        title=data["title"],
        slug=data["key"],
        description=data["description"],
        creators="; ".join(data["creators"]),
        organisation=organisations[data["organisation"]],
        publication_date=date.fromisoformat(data["date"]),
        item_type=data["type"],
        licence=data["licence"],
        source_url=data["source_url"],
        video_url=data.get("video_url", ""),
        document=item_document(data),
    )
    item.themes = list(Theme.objects.filter(key__in=data["themes"]))
    item.languages = list(DocumentLanguage.objects.filter(code__in=data["languages"]))
    item.tags = data["tags"]
    library.add_child(instance=item)
    item.save_revision().publish()


def load() -> None:
    organisations = load_organisations()
    libraries = load_libraries()
    for data in ITEMS:
        load_item(data, libraries[data["locale"]], organisations)
