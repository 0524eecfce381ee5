"""Only staff turn a browser into a kiosk; a revoked or forged kiosk cookie counts for
nothing."""

import pytest
from django.conf import settings
from django.core import signing

from tests.forum.test_forum import member as make_member
from women_portal.kiosk.models import KioskDevice

ENROL_URL = "/admin/kiosk_devices/new/"
NOTICE = "إنهاء جلستي"  # End my session, in Arabic


def enrol(client, **fields):
    return client.post(ENROL_URL, {"name": "PC 1", "location": "Citizen space", **fields})


@pytest.mark.parametrize("role", ["anonymous", "member", "contributor"])
def test_only_staff_can_enrol(client, homes, role):
    if role != "anonymous":
        groups = ("Contributors",) if role == "contributor" else ()
        client.force_login(make_member(role, role, *groups))
    response = enrol(client)
    assert response.status_code in (302, 403)
    assert settings.KIOSK_COOKIE_NAME not in response.cookies
    assert not KioskDevice.objects.exists()
    assert NOTICE not in client.get("/ar/").content.decode()


def test_staff_enrol_this_browser(client, homes, kiosk_staff):
    client.force_login(kiosk_staff)
    form = client.get(ENROL_URL).content.decode()
    assert "هذا يسجل المتصفح الذي تستعملينه الآن" in form  # the confirmation says what it does

    response = enrol(client)

    device = KioskDevice.objects.get()
    assert (device.name, device.enrolled_by) == ("PC 1", kiosk_staff)
    cookie = response.cookies[settings.KIOSK_COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    assert cookie["max-age"] >= 365 * 24 * 3600
    del client.cookies[settings.SESSION_COOKIE_NAME]  # the next person, not signed in
    page = client.get("/ar/").content.decode()
    assert NOTICE in page and "أنت على حاسوب مشترك" in page
    device.refresh_from_db()
    assert device.last_seen is not None
    assert client.get("/admin/kiosk_devices/").status_code == 302  # for staff only
    client.force_login(kiosk_staff)
    assert "Citizen space" in client.get("/admin/kiosk_devices/").content.decode()


def test_revoked_device_is_an_ordinary_browser_again(kiosk_client, device, kiosk_staff):
    assert NOTICE in kiosk_client.get("/ar/").content.decode()
    edit = f"/admin/kiosk_devices/edit/{device.pk}/"
    staff = kiosk_client.__class__()
    staff.force_login(kiosk_staff)
    staff.post(edit, {"name": device.name, "location": device.location, "revoked": "on"})
    device.refresh_from_db()
    assert device.revoked

    response = kiosk_client.get("/ar/")
    assert NOTICE not in response.content.decode()
    assert response.cookies[settings.KIOSK_COOKIE_NAME].value == ""  # dropped


@pytest.mark.parametrize(
    "forge",
    [
        lambda device: str(device.token),  # unsigned
        lambda device: signing.get_cookie_signer(salt="other").sign(str(device.token)),
        lambda device: signing.get_cookie_signer(salt=settings.KIOSK_COOKIE_NAME).sign(
            "00000000-0000-0000-0000-000000000000"
        ),
        lambda device: "' OR 1=1 --",
    ],
    ids=["unsigned", "wrong-key", "unknown-token", "sql"],
)
def test_forged_cookie_is_ignored(client, homes, device, forge):
    client.cookies[settings.KIOSK_COOKIE_NAME] = forge(device)
    response = client.get("/ar/")
    assert response.status_code == 200
    assert NOTICE not in response.content.decode()
    device.refresh_from_db()
    assert device.last_seen is None


def test_a_browser_that_lost_its_cookie_is_enrolled_again(client, device, homes, kiosk_staff):
    """A private-mode kiosk browser forgets its cookie when restarted: staff enrol it again as
    the same device rather than adding a new one."""
    client.force_login(kiosk_staff)
    edit = f"/admin/kiosk_devices/edit/{device.pk}/"
    fields = {"name": device.name, "location": device.location}
    assert settings.KIOSK_COOKIE_NAME not in client.post(edit, fields).cookies
    response = client.post(edit, {**fields, "enrol_this_browser": "on"})
    assert response.cookies[settings.KIOSK_COOKIE_NAME]["samesite"] == "Strict"
    assert NOTICE in client.get("/ar/").content.decode()
    assert KioskDevice.objects.count() == 1
