"""A main part's own page under the home page, once per language: the library, the
statistics, where to get help. Each lists its own content under a short introduction."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from women_portal.core.address import PortalAddress
from women_portal.core.slugs import LatinSlug
from women_portal.search.indexing import NORMALISED_FIELDS, NormalisedSearch


class SectionPage(PortalAddress, LatinSlug, NormalisedSearch, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + NORMALISED_FIELDS
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def searchable_texts(self) -> list[str]:
        return [self.intro]
