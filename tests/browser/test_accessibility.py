"""Every page type, in Arabic and in French, on a phone and on a desktop: axe-core in
Chromium finds nothing (whatever the impact) and the Nu HTML Checker finds no error in the
HTML the server sent. Screenshots kept for review."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.cached_db import SessionStore
from machina.apps.forum_conversation.models import Topic

from tests.browser import vnu
from tests.browser.axe import accessibility_violations
from tests.browser.conftest import DESKTOP, PHONE, screenshot
from women_portal.accounts.models import Profile
from women_portal.kiosk import devices
from women_portal.kiosk.models import KioskDevice

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
MEMBER = "a11y-member"


def topic():
    """The demo topic with the most answers (its forum, its reply form)."""
    return Topic.objects.filter(approved=True).order_by("-posts_count", "pk").first()


def topic_path(language):
    t = topic()
    return f"/{language}/forum/forum/{t.forum.slug}-{t.forum.pk}/topic/{t.slug}-{t.pk}/"


def sign_up_with_errors(page, url, language):
    page.goto(f"{url}/{language}/accounts/signup/")
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit]").click()  # nothing filled in
    assert page.locator(".errorlist, [aria-invalid=true]").count() > 0
    return navigation.value


def reply_form(page, url, language):
    """The reply form, as a member signed in (a session made for her)."""
    member, _created = get_user_model().objects.get_or_create(
        username=MEMBER, defaults={"email": f"{MEMBER}@example.org"}
    )
    Profile.objects.get_or_create(user=member, defaults={"pseudonym": "Amal"})
    session = SessionStore()
    session[SESSION_KEY] = str(member.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = member.get_session_auth_hash()
    session.save()
    page.context.add_cookies([{"name": "sessionid", "value": session.session_key, "url": url}])
    return page.goto(f"{url}{topic_path(language)}post/create/")


def kiosk_start(page, url, language):
    device, _created = KioskDevice.objects.get_or_create(name="Accessibility test kiosk")
    page.context.add_cookies(
        [{"name": "kiosk_device", "value": devices.signed_token(device), "url": url}]
    )
    return page.goto(f"{url}/{language}/kiosk/")


# Each page type: a path after /<language>/, or how to reach it (page, site url, language)
# -> the server's response.
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
    "library-item": "library/guide-amen-social-health-card/",
    "sign-up": "accounts/signup/",
    "sign-up-errors": sign_up_with_errors,
    "sign-in": "accounts/login/",
    "forum-index": "forum/",
    "forum": lambda page, url, language: page.goto(url + topic_path(language).split("topic/")[0]),
    "topic": lambda page, url, language: page.goto(url + topic_path(language)),
    "reply": reply_form,
    "kiosk": kiosk_start,
    "not-found": "no-such-page/",
    "help": "help/?category=violence",
    "service": "help/listening-centre/",
}


@pytest.fixture(scope="module")
def html_checker():
    """The Nu HTML Checker's server, or None (and the reason) if Java is missing."""
    reason = vnu.missing()
    if reason:
        yield None, reason
        return
    checker = vnu.start()
    yield checker, None
    vnu.stop(checker)


@pytest.fixture
def undo():
    yield
    KioskDevice.objects.filter(name="Accessibility test kiosk").delete()
    get_user_model().objects.filter(username=MEMBER).delete()


@pytest.mark.parametrize("language", ["ar", "fr"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", PAGES)
def test_pages_have_no_accessibility_or_html_findings(
    open_page, demo_site, html_checker, undo, language, viewport, name
):
    page = open_page(None, viewport=VIEWPORTS[viewport], locale=language)
    reach = PAGES[name]
    if callable(reach):
        response = reach(page, demo_site.url, language)
    else:
        response = page.goto(f"{demo_site.url}/{language}/{reach}")
    assert response.status == (404 if name == "not-found" else 200)
    screenshot(page, f"{language}-{name}-{viewport}")
    assert page.outside_requests == []
    findings = accessibility_violations(page)
    checker, reason = html_checker
    if viewport == "phone" and checker:  # the HTML is the same at every width: checked once
        findings += checker.errors(response.text())
    assert not findings, "\n".join(findings)
    if viewport == "phone" and not checker:
        pytest.skip(f"axe found nothing; {reason}")


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
