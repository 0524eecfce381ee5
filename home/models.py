"""Editorial pages. One HomePage per language is the root of that language's page tree;
StandardPages (about, safety, privacy, forum rules, accessibility) hang below it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock


class HomePage(Page):
    hero_message = models.TextField(
        _("welcome message"),
        blank=True,
        help_text=_("One or two sentences that greet readers at the top of the home page."),
    )

    content_panels = Page.content_panels + [FieldPanel("hero_message")]
    search_fields = Page.search_fields + [index.SearchField("hero_message")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """A plain page: about, safety, privacy, forum rules, accessibility statement."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
