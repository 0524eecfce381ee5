from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.utils import translation


class PermissionsPolicyMiddleware:
    """Pages never need the camera, microphone or location: say so to the browser."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class RequestBodyLimitMiddleware:
    """A request whose body is larger than the largest upload the address takes is answered
    413, in the reader's language, before anything reads it: the library's files in the
    admin (LIBRARY_MAX_UPLOAD_SIZE), a forum post's attachments everywhere else. nginx
    refuses the same sizes first (docs/deploy/nginx.conf); this holds without it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = (
            settings.MAX_ADMIN_REQUEST_BODY
            if request.path_info.startswith("/admin/")
            else settings.MAX_PUBLIC_REQUEST_BODY
        )
        if length <= limit:
            return self.get_response(request)
        language = translation.get_language_from_request(request, check_path=True)
        with translation.override(language):
            # Without the site's context: nothing of the request is read, not even its session.
            page = render_to_string(
                "413.html",
                {
                    "language": language,
                    "bidi": translation.get_language_bidi(),
                    "limit": filesizeformat(limit),
                },
            )
        return HttpResponse(page, status=413)
