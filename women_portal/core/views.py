from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import JsonResponse
from django.shortcuts import render
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
