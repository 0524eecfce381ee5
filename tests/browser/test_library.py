"""A reader on a phone browses the library by facet, opens a document and reads it."""

import pytest

from tests.browser.axe import accessibility_violations
from tests.browser.conftest import screenshot

FACET = {"ar": "قانون أو نص ترتيبي", "fr": "Loi ou règlement"}
FILTERS = {"ar": "تصفية الوثائق", "fr": "Filtrer les documents"}
READ = {"ar": "اقرئي على الإنترنت", "fr": "Lire en ligne"}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_browse_by_facet_open_an_item_and_read_it(open_page, demo_site, language):
    page = open_page(f"/{language}/library/")
    total = page.locator(".library__results .item-card").count()
    page.get_by_text(FILTERS[language]).click()  # on a phone the facets are folded away
    page.get_by_text(FACET[language], exact=True).first.click()
    page.wait_for_url("**type=law**")
    laws = page.locator(".library__results .item-card")
    assert 0 < laws.count() < total
    assert page.locator('.facet__option[aria-current="true"]').count() == 1
    screenshot(page, f"{language}-library-facet-phone")
    assert accessibility_violations(page) == []

    # One written in her language (a document the library has only in another language is
    # listed too, its title marked with that language, and opens in it).
    laws.locator("a.card__title:not([lang])").first.click()
    page.wait_for_load_state()
    assert page.locator("dl.metadata").is_visible()
    assert page.locator(".library-item__thumb").evaluate("img => img.naturalWidth") == 240
    screenshot(page, f"{language}-library-item-phone")
    assert accessibility_violations(page) == []

    read = page.get_by_role("link", name=READ[language])
    document = page.request.get(demo_site.url + read.get_attribute("href"))
    assert document.ok
    assert document.headers["content-type"] == "application/pdf"
    assert document.headers["content-disposition"].startswith("inline")
    assert document.body().startswith(b"%PDF")
    assert page.outside_requests == []


def test_the_library_works_without_javascript(open_page, demo_site):
    page = open_page("/fr/library/", javascript=False)
    page.get_by_label("Trouver un document").fill("transport")
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url("**q=transport**")
    found = page.locator(".library__results a.card__title").all_inner_texts()
    assert any("transport" in title.lower() for title in found), found
