"""Every main part of the portal is found from the home page in at most two clicks, on a
phone and on a wide screen, in Arabic and French; the phone's menu shows every item."""

import pytest
from wagtail.models import Locale

from home.models import ThemePage
from library.models import LibraryIndexPage
from tests.browser.conftest import DESKTOP, PHONE

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


def main_parts(language: str) -> dict[str, str]:
    """What a reader must find: address (path) by name."""
    locale = Locale.objects.get(language_code=language)
    parts = {theme.title: theme.url for theme in ThemePage.objects.live().filter(locale=locale)}
    parts["library"] = LibraryIndexPage.objects.live().get(locale=locale).url
    parts["statistics"] = f"/{language}/statistics/"
    parts["forum"] = f"/{language}/forum/"
    parts["safety"] = f"/{language}/safety/"
    parts["sign-in"] = f"/{language}/accounts/login/"
    assert len(parts) == 12, parts
    return parts


def visible_link_to(page, path: str):
    """A link to `path` she can see without scrolling sideways."""
    width = page.viewport_size["width"]
    for link in page.locator(f'a[href="{path}"]').all():
        box = link.bounding_box()
        if link.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= width:
            return link
    return None


def reach(page, start: str, path: str) -> int:
    """Clicks from `start` to `path`: a visible link on the page, or the menu then one."""
    page.goto(start)
    link = visible_link_to(page, path)
    clicks = 1
    if link is None:
        page.get_by_role("group").locator("summary").click()  # the menu's disclosure
        link = visible_link_to(page, path)
        clicks = 2
    assert link is not None, f"no visible link to {path}"
    link.click()
    page.wait_for_url(f"**{path}")
    return clicks


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_every_main_part_in_two_clicks_from_home(open_page, demo_site, language, viewport):
    page = open_page(None, viewport=VIEWPORTS[viewport])
    start = f"{demo_site.url}/{language}/"
    for name, path in main_parts(language).items():
        assert reach(page, start, path) <= 2, name
        assert page.locator("h1").first.is_visible(), name


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_phone_menu_opens_without_javascript_and_shows_every_item(open_page, demo_site, language):
    page = open_page(f"/{language}/", javascript=False)
    menu = page.locator(".main-nav")
    items = menu.locator("li a")
    assert not items.first.is_visible()  # closed: the page starts with its content
    menu.locator("summary").click()
    width = page.evaluate("document.documentElement.clientWidth")
    assert items.count() >= 11  # 7 themes, statistics, library, forum, help
    for item in items.all():
        box = item.bounding_box()
        assert item.is_visible() and 0 <= box["x"] and box["x"] + box["width"] <= width
        assert box["height"] >= 24
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_wide_menu_shows_every_item_without_opening(open_page, demo_site, language):
    page = open_page(f"/{language}/", viewport=DESKTOP)
    menu = page.locator(".main-nav")
    assert not menu.locator("summary").is_visible()
    for item in menu.locator("li a").all():
        box = item.bounding_box()
        assert item.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= DESKTOP["width"]


def test_focus_after_the_skip_link_is_not_under_the_safety_bar(open_page, demo_site):
    page = open_page("/ar/library/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    bar = page.locator(".safety-bar").bounding_box()
    heading = page.locator("main h1").bounding_box()
    assert heading["y"] >= bar["y"] + bar["height"]
