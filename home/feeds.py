"""RSS feed of the latest articles, one per language (/<lang>/feed/)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from women_portal.core.feeds import XmlSafeRssFeed

from .models import articles_in

FEED_LENGTH = 20


class LatestArticlesFeed(Feed):
    feed_type = XmlSafeRssFeed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("Women's Portal: latest articles")

    def description(self):
        return _("New articles of the Women's Portal.")

    def link(self):
        site = Site.find_for_request(self.request)
        return site.root_page.localized.get_url(self.request) if site else "/"

    def items(self):
        return articles_in(Locale.get_active())[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(12)))

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.theme_page.title] if item.theme_page else []
