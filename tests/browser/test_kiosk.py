"""On the citizen space's shared computer, in Chromium: a member signs in, starts a post,
the page stores something; then her session ends — by itself after the idle limit, with the
End my session button or with the quick exit. Each time the next person finds the start
page, no session, no storage, and Back shows nothing of hers."""

import pytest
from django.contrib.auth import get_user_model
from machina.apps.forum.models import Forum

from tests.browser.axe import accessibility_violations
from tests.browser.conftest import screenshot
from women_portal.accounts.models import Profile
from women_portal.kiosk import devices
from women_portal.kiosk.models import KioskDevice

PASSWORD = "un-mot-de-passe-du-kiosque-2026"
PSEUDONYM = "زائرة الكشك"
DRAFT = "مسودة لا يجب أن تراها التالية"


@pytest.fixture
def kiosk(demo_site, settings):
    settings.KIOSK_IDLE_SECONDS = 10
    settings.KIOSK_WARNING_SECONDS = 4
    device = KioskDevice.objects.create(name="Test kiosk")
    user = get_user_model().objects.create_user("kiosk-member", "kiosk@example.org", PASSWORD)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    Profile.objects.create(user=user, pseudonym=PSEUDONYM)
    yield device
    device.delete()
    user.delete()


def kiosk_page(open_page, demo_site, device, language="ar"):
    page = open_page(None, locale=language)
    page.context.add_cookies(
        [
            {
                "name": "kiosk_device",
                "value": devices.signed_token(device),
                "url": demo_site.url,
                "httpOnly": True,
                "sameSite": "Strict",
            }
        ]
    )
    page.goto(f"{demo_site.url}/{language}/kiosk/")
    return page


def sign_in_and_start_a_post(page, demo_site):
    page.goto(f"{demo_site.url}/ar/accounts/login/")
    page.fill("#id_login", "kiosk@example.org")
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/login/" not in url)  # sent from the page
    page.goto(f"{demo_site.url}/ar/accounts/profile/")
    assert PSEUDONYM in page.content()
    questions = Forum.objects.get(name="Questions and help")
    page.goto(f"{demo_site.url}/ar/forum/forum/{questions.slug}-{questions.pk}/topic/create/")
    page.fill("#id_subject", DRAFT)
    page.fill("#id_content", DRAFT)
    page.evaluate("localStorage.setItem('draft', 'x'); sessionStorage.setItem('draft', 'x')")


def assert_nothing_left(page, demo_site, reason):
    assert page.url.endswith(f"/ar/kiosk/?ended={reason}")
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert PSEUDONYM not in page.content()
    page.go_back()
    page.wait_for_load_state()
    assert PSEUDONYM not in page.content() and DRAFT not in page.content()
    page.goto(f"{demo_site.url}/ar/accounts/profile/")
    assert "/accounts/login/" in page.url  # the next request is anonymous


def test_start_page_on_a_kiosk(open_page, demo_site, kiosk):
    for language in ("ar", "fr"):
        page = kiosk_page(open_page, demo_site, kiosk, language)
        assert page.locator(".kiosk-bar__end").is_visible()
        assert page.locator(".kiosk-tile").count() >= 3
        screenshot(page, f"{language}-kiosk-start-phone")
        assert accessibility_violations(page) == []


def test_idle_limit_ends_the_session(open_page, demo_site, kiosk):
    page = kiosk_page(open_page, demo_site, kiosk)
    sign_in_and_start_a_post(page, demo_site)
    warning = page.locator("#kiosk-idle")
    warning.wait_for(state="visible", timeout=15_000)
    screenshot(page, "ar-kiosk-idle-warning-phone")
    assert accessibility_violations(page) == []
    page.wait_for_url("**/kiosk/?ended=idle", timeout=15_000)
    assert_nothing_left(page, demo_site, "idle")


def test_continue_keeps_the_session(open_page, demo_site, kiosk):
    page = kiosk_page(open_page, demo_site, kiosk)
    sign_in_and_start_a_post(page, demo_site)
    page.locator("#kiosk-idle").wait_for(state="visible", timeout=15_000)
    page.locator("[data-kiosk-continue]").click()
    page.wait_for_timeout(5_000)  # past the moment the session would have ended
    assert "/forum/" in page.url and page.input_value("#id_subject") == DRAFT


@pytest.mark.parametrize(
    "reason, control", [("button", ".kiosk-bar__end"), ("quick-exit", "[data-quick-exit]")]
)
def test_ending_by_hand(open_page, demo_site, kiosk, reason, control):
    page = kiosk_page(open_page, demo_site, kiosk)
    sign_in_and_start_a_post(page, demo_site)
    page.locator(control).click()
    page.wait_for_url(f"**/kiosk/?ended={reason}")
    assert_nothing_left(page, demo_site, reason)


def test_links_to_other_sites_pass_a_notice(open_page, demo_site, kiosk):
    page = kiosk_page(open_page, demo_site, kiosk)
    page.goto(f"{demo_site.url}/ar/")
    page.evaluate(
        "const a = document.createElement('a'); a.href = 'https://www.example.org/';"
        "a.textContent = 'outside'; a.id = 'outside'; document.querySelector('main').append(a);"
    )
    page.click("#outside")
    page.wait_for_url("**/kiosk/leave/**")
    assert page.outside_requests == []
    assert (
        page.locator("a[data-kiosk-outbound]").get_attribute("href") == "https://www.example.org/"
    )


SEARCHED = "طلاق سري"


def visit_by_clicking(page, demo_site):
    """What a visitor does, with the mouse and the keyboard only: a search, then signing in
    from the header's link, then the home page from the header."""
    page.fill("#site-search-q", SEARCHED)
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/search/**")
    page.click(".account-link")
    page.wait_for_url("**/accounts/login/**")
    page.fill("#id_login", "kiosk@example.org")
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/login/" not in url)
    page.click(".brand")
    page.wait_for_load_state()


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize(
    "reason, control",
    [("button", ".kiosk-bar__end"), ("quick-exit", "[data-quick-exit]"), ("idle", None)],
)
def test_after_any_ending_back_finds_nothing_of_the_visit(
    open_page, demo_site, kiosk, reason, control, language
):
    page = kiosk_page(open_page, demo_site, kiosk, language)
    entries_before = page.evaluate("history.length")
    visit_by_clicking(page, demo_site)
    assert page.evaluate("history.length") == entries_before  # each step replaced the page
    if control:
        page.locator(control).click()
    page.wait_for_url(f"**/{language}/kiosk/?ended={reason}", timeout=20_000)
    assert page.evaluate("history.length") == entries_before
    page.go_back()
    page.wait_for_load_state()
    assert "/search/" not in page.url and "/accounts/" not in page.url
    assert SEARCHED not in page.content() and PSEUDONYM not in page.content()
