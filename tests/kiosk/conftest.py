import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from women_portal.accounts.models import Profile
from women_portal.kiosk import devices
from women_portal.kiosk.models import KioskDevice
from women_portal.kiosk.staff import KIOSK_STAFF

User = get_user_model()


def make_user(name: str, *groups: str, pseudonym: str = ""):
    user = User.objects.create_user(name, f"{name}@example.org", "un-mot-de-passe-2026")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    if pseudonym:
        Profile.objects.create(user=user, pseudonym=pseudonym)
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def kiosk_staff(db):
    return make_user("citizen-space", KIOSK_STAFF)


@pytest.fixture
def member(db):
    return make_user("member-k", pseudonym="نجلاء")


@pytest.fixture
def device(db):
    return KioskDevice.objects.create(name="Citizen space PC", location="Town hall, ground floor")


@pytest.fixture
def kiosk_client(client, device, homes):
    """A browser enrolled as the kiosk `device`."""
    client.cookies[settings.KIOSK_COOKIE_NAME] = devices.signed_token(device)
    return client
