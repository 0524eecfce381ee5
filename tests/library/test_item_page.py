"""An item's page: what it is, who made it, reading and downloading it, citing it."""

import re
from datetime import date

import pytest
from django.test.utils import override_settings

from library.models import DocumentAnalysis
from library.tasks import analyse_document
from tests.library.bulk import add_items
from tests.library.factories import DocumentFactory, LibraryItemPageFactory, pdf_file
from tests.queries import count_queries


@pytest.fixture
def report(library, organisation):
    document = DocumentFactory(
        file=pdf_file("report.pdf", "تقرير", ["النساء والعمل في الكاف", "الصفحة الثانية"])
    )
    analyse_document.call(document.pk)
    return LibraryItemPageFactory(
        parent=library,
        slug="report",
        title="تقرير عن عمل النساء",
        description="تقرير يصف ظروف عمل النساء في الكاف.",
        creators="سلمى بن علي; جمعية نساء الكاف",
        organisation=organisation,
        publication_date=date(2024, 5, 2),
        item_type="report",
        themes=["work"],
        languages=["ar", "fr"],
        document=document,
        video_url="",
    )


def test_item_page_shows_metadata_reading_and_download(client, report):
    html = client.get("/ar/library/report/").content.decode()
    assert "تقرير يصف ظروف عمل النساء" in html
    assert "سلمى بن علي؛ جمعية نساء الكاف" in html
    assert "جمعية نساء الكاف" in html and "2024" in html
    document = report.document
    assert f'href="{document.url}"' in html  # read online
    assert f'href="{document.url}" download' in html
    # Format, size and page count next to the link, listed as each language lists.
    size = re.search(r'<span class="library-item__format">(.*?)</span>', html).group(1)
    assert re.fullmatch(r"\(PDF، [\d,]+\s(ك\.ب|بايت)، صفحتان\)", size), size
    analysis = DocumentAnalysis.objects.get(document=document)
    assert analysis.thumbnail.url in html


def test_citation_line_names_authors_year_title_and_address(client, report):
    html = client.get("/ar/library/report/").content.decode()
    assert "سلمى بن علي; جمعية نساء الكاف (2024). تقرير عن عمل النساء. جمعية نساء الكاف." in html
    assert "/ar/library/report/</bdi>" in html


def test_the_citation_and_canonical_link_use_the_portals_address_not_the_site_records(
    client, report, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.org"
    site = report.get_site()
    site.hostname, site.port = "127.0.0.1", 8000  # where the demo happened to be loaded
    site.save()
    html = client.get("/ar/library/report/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert "<bdi>https://portal.example.org/ar/library/report/</bdi>" in html
    assert '<link rel="canonical" href="https://portal.example.org/ar/library/report/">' in html
    assert "127.0.0.1:8000" not in html


def test_video_item_is_behind_the_facade(client, library):
    LibraryItemPageFactory(parent=library, slug="film", item_type="video")
    html = client.get("/ar/library/film/").content.decode()
    assert "data-embed" in html and "<template data-embed-player>" in html
    assert "youtube-nocookie.com/embed/gkjW9PZBRfk" in html.split("<template data-embed-player>")[1]


def test_related_items_share_a_theme(client, report, library):
    LibraryItemPageFactory(parent=library, slug="same", title="دليل العمل", themes=["work"])
    LibraryItemPageFactory(parent=library, slug="other", title="عن الفقر", themes=["poverty"])
    html = client.get("/ar/library/report/").content.decode()
    assert "دليل العمل" in html and "عن الفقر" not in html


@override_settings(PAGE_CACHE_SECONDS=0)
def test_item_page_queries_do_not_grow_with_the_library(client, report, library):
    for _warm in range(2):  # per-process caches: site root paths, content types, menu
        client.get("/ar/library/report/")
    few = count_queries(client, "/ar/library/report/")
    add_items(library, 2000)
    for _warm in range(2):
        client.get("/ar/library/report/")
    assert count_queries(client, "/ar/library/report/") == few


def test_library_sections_on_home_and_theme_pages(client, report, homes):
    from tests.home.factories import ThemePageFactory
    from women_portal.core.models import Theme

    ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    assert "تقرير عن عمل النساء" in client.get("/ar/").content.decode()
    assert "تقرير عن عمل النساء" in client.get("/ar/work/").content.decode()
