"""Where to get help, as a woman uses it on a phone: from the home page to the services of
her delegation without JavaScript, a tap to call, a page to print, and no map loaded (nor
any other site asked) before she asks for it."""

import pytest

from tests.browser.conftest import PHONE, screenshot

NAMES = {
    "ar": {
        "menu": "القائمة",
        "help": "أين أجد المساعدة",
        "kind": "التشغيل والتكوين والقروض الصغرى",
        "place": "نبر",
    },
    "fr": {
        "menu": "Menu",
        "help": "Où trouver de l'aide",
        "kind": "Emploi, formation et micro-crédit",
        "place": "Nebeur",
    },
}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_from_home_to_the_services_of_her_delegation_without_javascript(
    open_page, demo_site, language
):
    names = NAMES[language]
    page = open_page(f"/{language}/", viewport=PHONE, javascript=False)
    page.get_by_text(names["menu"], exact=True).click()
    page.get_by_role("link", name=names["help"], exact=True).click()
    page.wait_for_url(f"**/{language}/help/")
    # The national lines come first, each a number to call.
    first_call = page.locator("main a[href^='tel:']").first
    assert first_call.get_attribute("href") == "tel:1899"
    page.get_by_role("link", name=names["kind"]).click()
    page.wait_for_url("**category=work")
    page.get_by_role("link", name=names["place"]).click()
    page.wait_for_url("**category=work&delegation=nebeur")
    page.wait_for_load_state()
    cards = page.locator(".help__directory .service-card")
    assert cards.count() == 1
    call = cards.first.locator("a[href^='tel:']")
    assert call.get_attribute("href") == "tel:78000006"
    box = call.bounding_box()
    assert box["height"] >= 24 and box["width"] >= 24
    screenshot(page, f"{language}-help-filtered-phone")
    assert page.outside_requests == []


def test_the_page_to_print_fits_a4_without_menus_or_filters(open_page, demo_site):
    page = open_page("/ar/help/?category=violence", viewport=PHONE)
    page.get_by_role("link", name="صفحة للطباعة بهذه القائمة").click()
    page.wait_for_url("**print=1")
    page.wait_for_load_state()
    page.emulate_media(media="print")
    assert page.locator(".help__filters").count() == 0
    for hidden in (".main-nav", ".safety-bar", ".site-footer"):
        display = page.evaluate(f"getComputedStyle(document.querySelector('{hidden}')).display")
        assert display == "none", hidden
    assert page.locator(".help__directory .service-card").count() == 2
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_no_map_and_no_other_site_before_she_asks(open_page, demo_site):
    page = open_page("/fr/help/listening-centre/", viewport=PHONE)
    page.wait_for_load_state("networkidle")
    assert page.outside_requests == []
    link = page.get_by_role(
        "link", name="Ouvrir dans une carte (OpenStreetMap, un site hors du portail)"
    )
    assert link.get_attribute("href").startswith("https://www.openstreetmap.org/?mlat=36.1742")
    map_url = link.get_attribute("href")
    link.click()
    page.wait_for_url(map_url.split("#")[0] + "**")
    # The first request to another site: hers (the part after # is never sent).
    assert page.outside_requests == [map_url.split("#")[0]]
