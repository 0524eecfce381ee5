"""Site-wide settings: what another municipality changes to run the portal as its own.

Language-neutral values (logo, links) are a Wagtail site setting. Text that readers see in
their language (the municipality's name, the helplines) lives in translatable snippets, which
wagtail-localize translates like pages. Those snippets are reviewed like pages: a change is a
draft, previewed and kept in the history, until it is published. As for pages, the row holds
what readers see (only when `live`); drafts are revisions.
"""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    Site,
    TranslatableMixin,
)
from wagtail_localize.fields import SynchronizedField

from women_portal.pagecache.cache import remember


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header beside the municipality's name."),
    )
    quick_exit_url = models.URLField(
        _("quick exit destination"),
        default=settings.QUICK_EXIT_DEFAULT_URL,
        help_text=_(
            "A neutral site that the 'Leave this site quickly' button opens, such as a "
            "weather or search page. It replaces the portal in the browser's history."
        ),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    x_url = models.URLField(_("X (Twitter) account"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)

    panels = [
        FieldPanel("logo"),
        FieldPanel("quick_exit_url"),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("x_url"), FieldPanel("youtube_url")],
            heading=_("Social media accounts"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")

    @classmethod
    def for_request(cls, request):
        """What the pages' header and footer read: remembered until the next change (saving
        the settings empties the page cache), not read for every page. The admin edits the
        instance for_site() reads."""
        site = Site.find_for_request(request)
        return remember(
            f"portal-settings:{site.pk if site else ''}",
            lambda: cls.for_site(site),
            per_language=False,
        )

    def social_links(self) -> list[tuple[str, str]]:
        """(network name, URL) for each account that is set, in display order."""
        links = [("Facebook", self.facebook_url), ("X", self.x_url), ("YouTube", self.youtube_url)]
        return [(name, url) for name, url in links if url]


class ActiveLocaleQuerySet(models.QuerySet):
    def live(self):
        """What readers see: the published rows (a draft never published is not live)."""
        return self.filter(live=True)

    def for_active_locale(self):
        """Rows in the reader's language, or in the default language where none are."""
        active = self.filter(locale=Locale.get_active())
        if active.exists():
            return active
        return self.filter(locale=Locale.get_default())


class ReviewedSnippet(
    PreviewableMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model
):
    """A translatable snippet with drafts, preview, history and locking, the mixins in the
    order Wagtail's Page has them. Readers get only the live version (`objects.live()`)."""

    preview_template = ""
    # A translation (copy_for_translation) starts its own history and its own lock.
    exclude_fields_in_copy = [
        "live_revision",
        "first_published_at",
        "last_published_at",
        "locked",
        "locked_at",
        "locked_by",
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def serve_preview(self, request, mode_name):
        """The page as readers of the snippet's language will see it, never kept by the
        page cache. (A snippet not saved yet has no language: Wagtail's preview of the "add"
        form does not say which; it is shown in the default one.)"""
        request.skip_page_cache = True
        if self.locale_id is None:
            self.locale = Locale.get_default()
        with translation.override(self.locale.language_code):
            return super().serve_preview(request, mode_name).render()


class Municipality(ReviewedSnippet):
    """Who runs this portal, as readers see it in their language (one per language)."""

    name = models.CharField(_("municipality name"), max_length=120)
    tagline = models.CharField(
        _("tagline"), max_length=200, blank=True, help_text=_("A short line under the name.")
    )
    credit = models.CharField(
        _("footer credit"),
        max_length=300,
        blank=True,
        help_text=_("E.g. the Open Government Partnership commitment this portal fulfils."),
    )

    objects = ActiveLocaleQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("tagline"), FieldPanel("credit")]
    preview_template = "core/previews/municipality.html"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipality")

    def __str__(self) -> str:
        return self.name


class Helpline(ReviewedSnippet):
    """A telephone line for women in need, listed in every page's footer."""

    name = models.CharField(_("name"), max_length=150)
    number = models.CharField(
        _("number"), max_length=30, help_text=_("As it is dialled, e.g. 1899.")
    )
    hours = models.CharField(_("hours"), max_length=100, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ActiveLocaleQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("hours"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    preview_template = "core/previews/helpline.html"
    # The number is dialled, not translated: a translation copies it from the original (a
    # translator cannot mistype it), and takes a new number when it is synced.
    override_translatable_fields = [SynchronizedField("number"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("helpline")
        verbose_name_plural = _("helplines")

    def __str__(self) -> str:
        return f"{self.name} ({self.number})"

    @property
    def tel_url(self) -> str:
        return "tel:" + "".join(ch for ch in self.number if ch.isdigit() or ch == "+")


# The seven themes of the municipality's report, fixed because every section files its
# content under them: articles, library items, indicators, forums.
THEMES = [
    ("poverty", _("Poverty")),
    ("civil-society", _("Civil society")),
    ("trade-unions", _("Trade unions")),
    ("economy", _("Economic situation")),
    ("protection", _("Protection of women")),
    ("work", _("Women's work")),
    ("participation", _("Women's participation")),
]


class Theme(models.Model):
    """One of the seven themes, the same in every language (its name is translated)."""

    key = models.SlugField(_("key"), unique=True, choices=THEMES)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return str(self.get_key_display())

    @property
    def name(self) -> str:
        return str(self.get_key_display())
