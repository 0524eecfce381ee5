"""On a kiosk the server ends a visit itself: after the idle limit (JavaScript or not), on
End my session and on the quick exit — signed out, session gone, storage cleared. Other
browsers see none of it."""

import time

import pytest
from django.conf import settings
from django.test import Client

from women_portal.kiosk.models import KioskVisit

PROFILE = "/ar/accounts/profile/"
CLEAR = '"cache", "storage"'


@pytest.fixture
def short_idle(settings):
    settings.KIOSK_IDLE_SECONDS = 1
    return settings


def assert_signed_out(client):
    response = client.get(PROFILE)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_server_ends_an_idle_visit_without_any_script(kiosk_client, member, short_idle):
    kiosk_client.force_login(member)
    assert "نجلاء" in kiosk_client.get(PROFILE).content.decode()
    time.sleep(1.2)

    response = kiosk_client.get(PROFILE)

    assert response.status_code == 302
    assert response["Location"] == "/ar/kiosk/?ended=idle"
    assert response["Clear-Site-Data"] == CLEAR
    assert settings.KIOSK_COOKIE_NAME not in response.cookies  # the device stays a kiosk
    assert_signed_out(kiosk_client)
    assert KioskVisit.objects.exclude(ended_at=None).get().end_reason == "idle"


def test_activity_keeps_the_visit_alive(kiosk_client, member, short_idle):
    short_idle.KIOSK_IDLE_SECONDS = 2
    kiosk_client.force_login(member)
    for _ in range(3):
        time.sleep(0.8)
        assert kiosk_client.post("/ar/kiosk/still-here/").status_code == 204
    assert kiosk_client.get(PROFILE).status_code == 200


@pytest.mark.parametrize(
    "ending",
    [
        lambda client: client.post("/ar/kiosk/end/", {"reason": "button"}),
        lambda client: client.get("/ar/kiosk/end/?reason=quick-exit"),
    ],
    ids=["end-button", "quick-exit"],
)
def test_ending_signs_out_and_clears(kiosk_client, member, ending):
    kiosk_client.force_login(member)
    assert kiosk_client.get(PROFILE).status_code == 200
    response = ending(kiosk_client)
    assert response.status_code == 302 and response["Location"].startswith("/ar/kiosk/?ended=")
    assert response["Clear-Site-Data"] == CLEAR
    assert_signed_out(kiosk_client)
    assert KioskVisit.objects.exclude(ended_at=None).count() == 1
    start = kiosk_client.get(response["Location"]).content.decode()
    assert "انتهت الجلسة السابقة" in start  # "The previous session has ended"


def test_kiosk_pages_are_never_kept(kiosk_client):
    kiosk_client.get("/ar/")
    response = kiosk_client.get("/ar/")
    assert response.get("X-Page-Cache") is None  # never from the shared page cache
    assert "no-store" in response["Cache-Control"]
    quick_exit = '<a class="quick-exit" href="/ar/kiosk/end/?reason=quick-exit"'
    assert quick_exit in response.content.decode()


def test_other_browsers_keep_normal_sessions(client, homes, member, short_idle):
    client.force_login(member)
    page = client.get("/ar/").content.decode()
    assert "data-kiosk" not in page and "kiosk.js" not in page
    assert 'href="/ar/kiosk/end/' not in page
    time.sleep(1.2)
    assert client.get(PROFILE).status_code == 200
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
    assert client.post("/ar/kiosk/still-here/").status_code == 404
    assert client.get("/ar/kiosk/end/").status_code == 302
    assert client.get(PROFILE).status_code == 200  # "end" means nothing off a kiosk


def test_login_and_signup_forms_are_not_remembered(kiosk_client, member):
    for url in ("/ar/accounts/login/", "/ar/accounts/signup/"):
        page = kiosk_client.get(url).content.decode()
        assert 'autocomplete="off"' in page
        assert 'autocomplete="current-password"' not in page
        assert 'autocomplete="email"' not in page
        assert "remember" not in page
    response = kiosk_client.post(
        "/ar/accounts/login/", {"login": member.email, "password": "wrong-secret-123"}
    )
    assert response.status_code == 200
    assert "wrong-secret-123" not in response.content.decode()
    elsewhere = Client().get("/ar/accounts/login/").content.decode()
    assert 'autocomplete="off"' not in elsewhere
    assert 'autocomplete="current-password"' in elsewhere


def test_links_to_other_sites_get_a_notice(kiosk_client):
    page = kiosk_client.get("/ar/kiosk/leave/?to=https://www.example.org/page")
    assert page.status_code == 200
    assert 'href="https://www.example.org/page"' in page.content.decode()
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example", "", "/ar/"):
        assert kiosk_client.get("/ar/kiosk/leave/", {"to": bad}).status_code == 404
