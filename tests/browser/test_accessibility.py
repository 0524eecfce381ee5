"""axe-core in Chromium finds no serious or critical problem; screenshots kept for review."""

import pytest

from tests.browser.axe import serious_violations
from tests.browser.conftest import DESKTOP, PHONE, screenshot

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


PAGES = {
    "home": "",
    "theme": "protection/",
    "article": "participation/parity-local-elections/",  # video block, share row
    "article-table": "economy/el-kef-economy-overview/",
    "standard": "safety/",
    "search": "search/?q=%D8%A7%D9%84%D9%85%D8%B1%D8%A3%D8%A9",
    "search-common-words": "search/?q=%D9%81%D9%8A+de",  # nothing to look for: says so
    "statistics": "statistics/",
    "indicator": "statistics/municipal-councillors/",
    "library": "library/?type=report",
    "sign-up": "accounts/signup/",
    "sign-in": "accounts/login/",
    "forum": "forum/",
}


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_pages_have_no_serious_accessibility_violations(
    open_page, demo_site, language, viewport, path
):
    page = open_page(f"/{language}/{path}", viewport=VIEWPORTS[viewport])
    name = next(name for name, known in PAGES.items() if known == path)
    screenshot(page, f"{language}-{name}-{viewport}")
    assert serious_violations(page) == []
    assert page.outside_requests == []


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr")])
def test_layout_follows_the_reading_direction(open_page, demo_site, language, direction):
    page = open_page(f"/{language}/", viewport=DESKTOP)
    assert page.evaluate("getComputedStyle(document.body).direction") == direction
    exit_box = page.locator(".quick-exit").bounding_box()
    # The quick exit sits at the end of the line: left in Arabic, right in French.
    if direction == "rtl":
        assert exit_box["x"] < DESKTOP["width"] / 2
    else:
        assert exit_box["x"] > DESKTOP["width"] / 2


def test_skip_link_moves_focus_to_the_content(open_page, demo_site):
    page = open_page("/fr/", viewport=DESKTOP)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
