"""The demo library: enough real-looking items to browse, with PDFs whose text can be found."""

from collections import Counter

from library.models import DocumentAnalysis, LibraryItemPage
from women_portal.core.models import THEMES


def check_demo_library(client) -> None:
    """After load_demo_content, its PDFs read (tests/core/test_demo_content.py loads the
    demo once for every app's checks: loading it is the slow part)."""
    # Every type, theme and organisation, in both languages.
    items = LibraryItemPage.objects.live()
    assert items.count() >= 25
    assert set(items.values_list("item_type", flat=True)) == set(LibraryItemPage.ItemType.values)
    themes = Counter(items.values_list("themes__key", flat=True))
    assert set(themes) == {key for key, _label in THEMES}
    assert {"ar", "fr"} <= set(items.values_list("locale__language_code", flat=True))
    assert len(set(items.values_list("organisation", flat=True))) >= 3

    # The PDFs were read, and their words are there to be found.
    assert set(DocumentAnalysis.objects.values_list("status", flat=True)) == {"done"}
    report = LibraryItemPage.objects.get(slug="ogp-self-assessment-2023", alias_of=None)
    assert report.analysis.page_count > 3
    assert "الإنشاء المشترك" in report.analysis.text  # from the municipality's own report
    french = DocumentAnalysis.objects.filter(text__contains="femmes").count()
    assert french >= 5

    # Readers can browse it in every language.
    for path in ("/ar/library/", "/fr/library/", "/en/library/", "/ar/library/?type=law"):
        assert client.get(path).status_code == 200, path
    assert "ogp-self-assessment-2023" in client.get("/ar/library/?type=report").content.decode()
