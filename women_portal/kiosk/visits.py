"""A visit on a kiosk: started on the first request, kept alive by activity, ended by the
End button, the quick exit or the idle limit — which the server enforces itself, so a page
left open (even with JavaScript off) cannot be reused by the next person."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from .models import KioskVisit

VISIT_KEY = "kiosk_visit"
ACTIVE_AT_KEY = "kiosk_active_at"
SESSION_GRACE_SECONDS = 60

# The first part of a path after the language that names a section; pages served by
# Wagtail say their section themselves (wagtail_hooks.section_of_page).
SECTIONS_BY_PATH = {
    "forum": "forum",
    "search": "search",
    "accounts": "account",
    "kiosk": "start",
}
STAFF_PATHS = ("/admin/", "/django-admin/")
SECTIONS = ("home", "articles", "library", "statistics", "forum", "search", "account")


def is_idle_too_long(request) -> bool:
    active_at = request.session.get(ACTIVE_AT_KEY)
    return active_at is not None and time.time() - active_at > settings.KIOSK_IDLE_SECONDS


def record_activity(request) -> None:
    """Note this request as activity, starting a visit if none is running."""
    session = request.session
    visit_id = session.get(VISIT_KEY)
    if visit_id is None and section_of_path(request.path) == "start":
        return  # the start page, waiting for the next person: no visit yet
    if request.path.startswith(STAFF_PATHS):
        return  # the staff member enrolling or checking the kiosk is not a visitor
    now = timezone.now()
    if visit_id is None or not KioskVisit.objects.filter(pk=visit_id).update(last_activity_at=now):
        session[VISIT_KEY] = KioskVisit.objects.create(device=request.kiosk).pk
    session[ACTIVE_AT_KEY] = time.time()
    # The session itself dies shortly after the limit: long enough for the check above to
    # end the visit properly (storage erased, start page), short enough to leave nothing.
    session.set_expiry(settings.KIOSK_IDLE_SECONDS + SESSION_GRACE_SECONDS)


def record_section(request) -> None:
    section = getattr(request, "kiosk_section", None) or section_of_path(request.path)
    visit_id = request.session.get(VISIT_KEY)
    if section not in SECTIONS or visit_id is None:
        return
    visit = KioskVisit.objects.filter(pk=visit_id).first()
    if visit is not None and section not in visit.sections:
        visit.sections.append(section)
        visit.save(update_fields=["sections"])


def section_of_path(path: str) -> str | None:
    parts = path.strip("/").split("/")
    return SECTIONS_BY_PATH.get(parts[1]) if len(parts) > 1 else None


def end(request, reason: str) -> HttpResponseRedirect:
    """Close the visit, sign out, forget the session, and send the browser to the start page
    with its storage and cache for this site erased (the device cookie stays)."""
    visit_id = request.session.get(VISIT_KEY)
    if visit_id is not None:
        KioskVisit.objects.filter(pk=visit_id, ended_at=None).update(
            ended_at=timezone.now(), end_reason=reason
        )
    logout(request)  # flushes the session, signed in or not
    response = HttpResponseRedirect(f"{reverse('kiosk_start')}?{urlencode({'ended': reason})}")
    response["Clear-Site-Data"] = '"cache", "storage"'
    return response
