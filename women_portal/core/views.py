from django.contrib.sitemaps.views import sitemap as django_sitemap

from .sitemaps import PagesSitemap


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PagesSitemap(request)})
