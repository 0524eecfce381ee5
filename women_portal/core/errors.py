"""The site's answer when a request fails. An outage of the database (restarting,
unreachable, or locked for a moment) is told as one: 503 with Retry-After, in the reader's
language, from a template that reads nothing from the database. Django closes the broken
connection at the end of the request, so the workers recover by themselves once the
database is back. A form sent during the outage comes back on that page, her words in it
and one button to send it again (forum/forum_conversation/views.py saves a message sent
twice once). A disk that is full or read-only is told the same way: reading still works,
what she sent was not saved. Anything else is the site's own error (500.html)."""

import errno
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import pgettext_lazy
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 10
# A disk that is full, over its quota, read-only or not ours to write.
DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}
# The fields shown to her, to read and correct; the others are sent back hidden, except
# passwords, which are not written into a page (she types hers again).
SHOWN_FIELDS = {
    "subject": pgettext_lazy("a form sent again", "Subject"),
    "content": pgettext_lazy("a form sent again", "Message"),
}


def form_sent_again(request) -> dict | None:
    if request.method != "POST":
        return None
    fields = [
        (name, value, SHOWN_FIELDS.get(name))
        for name, values in request.POST.lists()
        for value in values
        if "password" not in name
    ]
    return {
        "action": request.get_full_path(),
        "shown": [(name, value, label) for name, value, label in fields if label],
        "hidden": [(name, value) for name, value, label in fields if not label],
        "had_files": bool(request.FILES),
    }


def server_error(request):
    error = sys.exc_info()[1]  # Django calls this while handling the exception
    if isinstance(error, OperationalError | InterfaceError):
        cause = "database"
    elif isinstance(error, OSError) and error.errno in DISK_ERRORS:
        cause = "disk"
    else:
        return django_server_error(request)
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        page = render_to_string(
            "503.html",
            {
                "language": language,
                "bidi": translation.get_language_bidi(),
                "form": form_sent_again(request),
                "cause": cause,
                # The editors' choice is in the database, which may be what is down.
                "quick_exit_url": settings.QUICK_EXIT_DEFAULT_URL,
            },
        )
    response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"  # it may hold what she wrote
    return response
