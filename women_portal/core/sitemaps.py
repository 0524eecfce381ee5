"""sitemap.xml: every public page in every language, each with its translations as
hreflang alternates, so search engines send readers to the page in their language."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class PagesSitemap(Sitemap):
    def __init__(self, request):
        self.request = request

    def pages(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        homes = site.root_page.get_translations(inclusive=True)
        in_site = Page.objects.none()
        for home in homes:
            in_site |= Page.objects.descendant_of(home, inclusive=True)
        return in_site.live().public().select_related("locale").order_by("path")

    def get_urls(self, page=1, site=None, protocol=None):
        pages = [(page, page.get_full_url(self.request)) for page in self.pages()]
        translations = defaultdict(list)
        for page, url in pages:
            translations[page.translation_key].append(
                {"lang_code": page.locale.language_code, "location": url}
            )
        return [
            {
                "location": url,
                "lastmod": page.last_published_at,
                "alternates": translations[page.translation_key],
            }
            for page, url in pages
        ]
