import pytest
from django.conf import settings

from tests.forum.test_forum import member as make_member
from women_portal.kiosk import devices
from women_portal.kiosk.models import KioskDevice
from women_portal.kiosk.staff import KIOSK_STAFF


@pytest.fixture
def kiosk_staff(db):
    return make_member("citizen-space", "موظفة الفضاء", KIOSK_STAFF)


@pytest.fixture
def member(db):
    return make_member("member-k", "نجلاء")


@pytest.fixture
def device(db):
    return KioskDevice.objects.create(name="Citizen space PC", location="Town hall, ground floor")


@pytest.fixture
def kiosk_client(client, device, homes):
    """A browser enrolled as the kiosk `device`."""
    client.cookies[settings.KIOSK_COOKIE_NAME] = devices.signed_token(device)
    return client
