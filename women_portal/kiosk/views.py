from urllib.parse import urlsplit

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Locale

from library.models import LibraryIndexPage

from . import visits
from .models import KioskVisit


@require_GET
def start(request):
    """The kiosk's home: big entry points, languages, and what happens to your traces."""
    library = LibraryIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    ended = request.GET.get("ended") in KioskVisit.EndReason.values
    return render(request, "kiosk/start.html", {"library": library, "ended": ended})


# Exempt from CSRF: ending one's own kiosk session must never fail on a stale token, and
# the kiosk cookie is SameSite=Strict, so another site cannot end a kiosk session anyway.
# GET too: the quick exit is a plain link, which must work without JavaScript.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def end(request):
    if request.kiosk is None:
        return HttpResponseRedirect("/")
    reason = request.POST.get("reason") or request.GET.get("reason")
    if reason not in KioskVisit.EndReason.values:
        reason = KioskVisit.EndReason.BUTTON
    return visits.end(request, reason)


@csrf_exempt
@require_POST
def still_here(request):
    """Activity on the page (typing, scrolling) that made no request: the middleware has
    recorded it by now; 204 tells the page the session is still alive."""
    if request.kiosk is None:
        raise Http404
    return HttpResponse(status=204)


@require_GET
def leave(request):
    """Before following a link to another site from a kiosk: say what that means."""
    destination = request.GET.get("to", "")
    parts = urlsplit(destination)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Http404
    return render(request, "kiosk/leave.html", {"destination": destination, "host": parts.hostname})
