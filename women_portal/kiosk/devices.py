"""The kiosk cookie: a signed device token, set by enrolment and checked on every request.

Signed with the site's SECRET_KEY, so a forged or edited cookie is ignored; looked up in the
database each time, so a revoked device stops being a kiosk at once."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.utils import timezone

from .models import KioskDevice

SALT = "women_portal.kiosk.device"
LAST_SEEN_EVERY = timedelta(minutes=1)


def signed_token(device: KioskDevice) -> str:
    """The cookie's value: what request.get_signed_cookie() below accepts."""
    return signing.get_cookie_signer(salt=settings.KIOSK_COOKIE_NAME + SALT).sign(str(device.token))


def set_cookie(response, device: KioskDevice) -> None:
    response.set_cookie(
        settings.KIOSK_COOKIE_NAME,
        signed_token(device),
        max_age=settings.KIOSK_COOKIE_MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Strict",
    )


def has_cookie(request) -> bool:
    return settings.KIOSK_COOKIE_NAME in request.COOKIES


def device_for(request) -> KioskDevice | None:
    """The enrolled, unrevoked device this browser is, or None."""
    if not has_cookie(request):
        return None
    try:
        token = uuid.UUID(
            request.get_signed_cookie(settings.KIOSK_COOKIE_NAME, salt=SALT, default="")
        )
    except ValueError:  # forged, edited, or not a token at all
        return None
    device = KioskDevice.objects.filter(token=token, revoked=False).first()
    if device is not None:
        now = timezone.now()
        if device.last_seen is None or now - device.last_seen > LAST_SEEN_EVERY:
            device.last_seen = now
            device.save(update_fields=["last_seen"])
    return device
