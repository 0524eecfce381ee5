from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _

from .sitemaps import PagesSitemap


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PagesSitemap(request)})


def rate_limited(request):
    """Too many requests from one address (ratelimits.py): a clear answer, 429."""
    if request.path.startswith("/api/"):
        response = JsonResponse({"error": _("Too many requests. Wait a minute and try again.")})
    else:
        response = render(request, "core/rate_limited.html")
    response.status_code = 429
    response["Retry-After"] = "60"
    return response


# Not for search engines: the admin, members' accounts, the kiosk's own pages, searches
# (endless, and they would put readers' words in an index), the forum's moderation.
ROBOTS_DISALLOWED = ("/admin/", "/*/accounts/", "/*/kiosk/", "/*/search/", "/*/forum/moderation/")


def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOWED)]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers and bookmarks ask for /favicon.ico whatever the page says."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
