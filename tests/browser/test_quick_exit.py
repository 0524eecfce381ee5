"""The quick exit leaves at once and leaves no way Back to the page she was reading."""

import re

import pytest
from wagtail.models import Site

from women_portal.core.models import PortalSettings

NEUTRAL = "https://weather.example/today"


@pytest.fixture
def neutral_exit(demo_site):
    portal_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    original = portal_settings.quick_exit_url
    portal_settings.quick_exit_url = NEUTRAL
    portal_settings.save()
    yield
    portal_settings.quick_exit_url = original
    portal_settings.save()


def reading_the_safety_page(open_page, demo_site, **options):
    """A reader who came from another site (about:blank) and is reading the portal."""
    page = open_page(None, **options)
    page.goto("about:blank")
    page.goto(demo_site.url + "/ar/safety/")
    return page


def assert_left_without_trace(page, demo_site):
    page.wait_for_url(NEUTRAL)
    assert NEUTRAL in page.outside_requests
    page.go_back()
    assert not page.url.startswith(demo_site.url), "Back returned to the portal"


def test_clicking_quick_exit_leaves_and_back_does_not_return(open_page, demo_site, neutral_exit):
    page = reading_the_safety_page(open_page, demo_site)
    page.get_by_role("link", name="مغادرة الموقع بسرعة").click()
    assert_left_without_trace(page, demo_site)


def test_escape_three_times_leaves(open_page, demo_site, neutral_exit):
    page = reading_the_safety_page(open_page, demo_site)
    for _ in range(3):
        page.keyboard.press("Escape")
    assert_left_without_trace(page, demo_site)


def test_escape_once_or_twice_stays(open_page, demo_site, neutral_exit):
    page = reading_the_safety_page(open_page, demo_site)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url == demo_site.url + "/ar/safety/"


def test_quick_exit_works_as_a_plain_link_without_javascript(open_page, demo_site, neutral_exit):
    page = reading_the_safety_page(open_page, demo_site, javascript=False)
    page.get_by_role("link", name="مغادرة الموقع بسرعة").click()
    page.wait_for_url(NEUTRAL)


def test_quick_exit_is_on_screen_after_scrolling_on_a_phone(open_page, demo_site):
    page = open_page("/fr/safety/")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(200)
    button = page.get_by_role("link", name=re.compile("Quitter le site"))
    box = button.bounding_box()
    assert box is not None and 0 <= box["y"] < 100


def reading_three_portal_pages(open_page, demo_site, **options):
    """A reader who came from another site, opened the home page, a theme and an article."""
    page = open_page(None, **options)
    page.goto("about:blank")
    page.goto(demo_site.url + "/ar/")
    page.locator(".tiles a").first.click()
    page.locator(".card__title").first.click()
    page.wait_for_load_state()
    return page


def test_after_the_exit_neither_back_nor_forward_shows_a_portal_page(
    open_page, demo_site, neutral_exit
):
    page = reading_three_portal_pages(open_page, demo_site)
    page.get_by_role("link", name="مغادرة الموقع بسرعة").click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert page.url == "about:blank", f"Back showed {page.url}"
    page.go_forward()
    page.wait_for_url(NEUTRAL)
    page.go_forward()  # what remains ahead of the neutral page leaves again at once
    page.wait_for_url(NEUTRAL)
    assert not page.url.startswith(demo_site.url)


def test_after_the_exit_opening_the_portal_again_works(open_page, demo_site, neutral_exit):
    page = reading_three_portal_pages(open_page, demo_site)
    for _ in range(3):
        page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL)
    page.goto(demo_site.url + "/fr/")
    page.wait_for_timeout(300)
    assert page.url == demo_site.url + "/fr/"
    assert page.locator("body").is_visible()


def test_without_the_navigation_api_back_bounces_to_the_neutral_site(
    open_page, demo_site, neutral_exit
):
    """Browsers without the Navigation API: the portal page Back reaches leaves again."""
    page = open_page(None)
    page.context.add_init_script("Object.defineProperty(window, 'navigation', {value: undefined})")
    page.goto(demo_site.url + "/ar/")
    page.locator(".tiles a").first.click()
    page.wait_for_load_state()
    page.get_by_role("link", name="مغادرة الموقع بسرعة").click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    page.wait_for_url(NEUTRAL)
