from django.conf import settings
from django.utils.cache import add_never_cache_headers

from . import devices, visits
from .models import KioskVisit


class KioskMiddleware:
    """On an enrolled kiosk: end a visit idle for too long before anything else happens,
    otherwise count the request as activity; never let the browser keep a page. Elsewhere:
    nothing, except dropping a kiosk cookie that is no longer honoured."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.kiosk = devices.device_for(request)
        if request.kiosk is None:
            response = self.get_response(request)
            if devices.has_cookie(request):
                response.delete_cookie(settings.KIOSK_COOKIE_NAME, samesite="Strict")
            return response
        if visits.is_idle_too_long(request):
            return visits.end(request, KioskVisit.EndReason.IDLE)
        visits.record_activity(request)
        response = self.get_response(request)
        if hasattr(request, "session") and not request.session.is_empty():
            visits.record_section(request)
        # No copy in the HTTP cache or the back/forward cache for the next person to find.
        add_never_cache_headers(response)
        return response
