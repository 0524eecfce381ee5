"""The site's answer when a request fails. An outage of the database (restarting,
unreachable, or locked for a moment) is told as one: 503 with Retry-After, in the reader's
language, from a template that reads nothing from the database. Django closes the broken
connection at the end of the request, so the workers recover by themselves once the
database is back. Anything else is the site's own error (500.html)."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 10


def server_error(request):
    error = sys.exc_info()[1]  # Django calls this while handling the exception
    if not isinstance(error, OperationalError | InterfaceError):
        return django_server_error(request)
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        page = render_to_string(
            "503.html", {"language": language, "bidi": translation.get_language_bidi()}
        )
    response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
