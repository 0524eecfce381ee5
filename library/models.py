"""The digital library.

Tree in each language: HomePage → LibraryIndexPage → LibraryItemPage. Items are pages so they
get revisions, translation, the "Library review" workflow and search. What is derived from an
item's file (page count, text, thumbnail) lives in `DocumentAnalysis`, one row per document,
written by a background task (tasks.py): it is not part of the page's revisions, so an editor
publishing an old revision never brings back stale derived data.
"""

import functools

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from home.embeds import player_for
from women_portal.core.address import PortalAddress
from women_portal.core.locales import ALIAS_LOCALES
from women_portal.core.panels import in_every_language
from women_portal.core.section_page import SectionPage
from women_portal.core.slugs import LatinSlug
from women_portal.search.indexing import NORMALISED_FIELDS, NormalisedSearch

from .forms import LibraryItemForm
from .panels import DocumentStatusPanel


class Organisation(index.Indexed, models.Model):
    """A body that publishes in the library: the municipality or a civil-society group."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name in addresses"), unique=True, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members"),
        blank=True,
        related_name="organisations",
        help_text=_("Admin users who submit library items for this organisation."),
    )

    panels = [
        MultiFieldPanel(in_every_language("name"), heading=_("Name")),
        FieldPanel("slug"),
        MultiFieldPanel(in_every_language("description"), heading=_("Description")),
        FieldPanel("logo"),
        FieldRowPanel([FieldPanel("website"), FieldPanel("contact_email")]),
        FieldPanel("members"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class DocumentLanguage(models.Model):
    """A language a document is written in (created by a migration)."""

    code = models.CharField(_("code"), max_length=8, unique=True, choices=settings.LANGUAGES)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("document language")

    def __str__(self) -> str:
        return str(self.get_code_display())


class DocumentAnalysis(models.Model):
    """What was read out of a document's file: filled in by the `analyse_document` task."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be read")
        DONE = "done", _("Text extracted")
        NO_TEXT = "no-text", _("No text found — scanned document?")
        ENCRYPTED = "encrypted", _("The PDF is encrypted: its text cannot be read")
        BROKEN = "broken", _("The file could not be read: is it damaged?")
        NOT_PDF = "not-pdf", _("Not a PDF: no text extracted")
        # The task ended without a reading (library/signals.py, reading_stopped):
        STOPPED = "stopped", _("Reading stopped before the end of the file")
        FAILED = "failed", _("An error stopped the reading of the file")

    # What the next save of the file or of its item reads again.
    UNREAD = (Status.PENDING, Status.STOPPED, Status.FAILED)

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="analysis"
    )
    file_hash = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    page_count = models.PositiveIntegerField(null=True)
    file_size = models.PositiveBigIntegerField(null=True)
    text = models.TextField(blank=True)
    thumbnail = models.ImageField(
        upload_to="library/thumbnails/",
        blank=True,
        width_field="thumbnail_width",
        height_field="thumbnail_height",
    )
    thumbnail_width = models.PositiveIntegerField(null=True)
    thumbnail_height = models.PositiveIntegerField(null=True)
    analysed_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("document analysis")

    def __str__(self) -> str:
        return f"{self.document} ({self.get_status_display()})"


# What an item's card shows (includes/item_card.html), fetched with the item.
CARD_RELATED = ("organisation", "document__analysis", *ALIAS_LOCALES)


class LibraryIndexPage(SectionPage):
    subpage_types = ["library.LibraryItemPage"]

    class Meta:
        verbose_name = _("library")

    def get_context(self, request, *args, **kwargs):
        from .browse import browse  # the page model is imported by browse

        context = super().get_context(request, *args, **kwargs)
        # Called by the template only when its cached part must be rendered.
        context["listing"] = functools.cache(lambda: browse(self, request))
        return context


class LibraryItemTag(TaggedItemBase):
    content_object = ParentalKey(
        "library.LibraryItemPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class LibraryItemPage(PortalAddress, LatinSlug, NormalisedSearch, Page):
    class ItemType(models.TextChoices):
        REPORT = "report", _("Report")
        STUDY = "study", _("Study")
        LAW = "law", _("Law or regulation")
        GUIDE = "guide", _("Guide")
        BOOK = "book", _("Book")
        POSTER = "poster", _("Poster")
        VIDEO = "video", _("Video or documentary")
        OTHER = "other", _("Other")

    class Licence(models.TextChoices):
        CC_BY = "cc-by", _("Creative Commons Attribution (CC BY)")
        CC_BY_SA = "cc-by-sa", _("Creative Commons Attribution-ShareAlike (CC BY-SA)")
        CC_BY_NC = "cc-by-nc", _("Creative Commons Attribution-NonCommercial (CC BY-NC)")
        PUBLIC_DOMAIN = "public-domain", _("Public domain or official document")
        ALL_RIGHTS_RESERVED = (
            "all-rights-reserved",
            _("All rights reserved (shared with permission)"),
        )

    description = models.TextField(
        _("description"), help_text=_("What the document is about, in a few sentences.")
    )
    creators = models.CharField(
        _("authors"),
        max_length=300,
        blank=True,
        help_text=_("People or bodies who wrote or made it, separated by semicolons."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("contributing organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="items",
    )
    publication_date = models.DateField(_("publication date"), db_index=True)
    languages = ParentalManyToManyField(
        DocumentLanguage, verbose_name=_("languages of the document"), related_name="items"
    )
    item_type = models.CharField(_("type"), max_length=10, choices=ItemType.choices)
    themes = ParentalManyToManyField(
        "core.Theme", verbose_name=_("themes"), related_name="library_items"
    )
    tags = ClusterTaggableManager(
        through=LibraryItemTag, blank=True, verbose_name=_("subjects"), related_name="+"
    )
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices)
    source_url = models.URLField(_("source address"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("PDF, EPUB, DOCX, ODT, PNG or JPEG."),
    )
    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_("A YouTube or Vimeo address, for a video or documentary."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("creators"),
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("publication_date"), FieldPanel("item_type")]),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who, when, what"),
        ),
        MultiFieldPanel(
            [FieldPanel("document"), DocumentStatusPanel(), FieldPanel("video_url")],
            heading=_("File or video"),
        ),
        MultiFieldPanel(
            [FieldPanel("themes", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading=_("Themes and subjects"),
        ),
        FieldRowPanel([FieldPanel("licence"), FieldPanel("source_url")], heading=_("Rights")),
    ]
    search_fields = (
        Page.search_fields
        + NORMALISED_FIELDS
        + [
            index.FilterField("item_type"),
            index.FilterField("publication_date"),
            index.FilterField("organisation"),
        ]
    )
    base_form_class = LibraryItemForm

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("library item")
        verbose_name_plural = _("library items")

    def clean(self):
        super().clean()
        if not self.document_id and not self.video_url:
            raise ValidationError(
                {"document": _("Attach the document's file, or give the address of the video.")}
            )
        if self.video_url and player_for(self.video_url) is None:
            raise ValidationError({"video_url": _("Use the address of a YouTube or Vimeo video.")})

    @property
    def analysis(self) -> DocumentAnalysis | None:
        if not self.document_id:
            return None
        try:
            return self.document.analysis
        except DocumentAnalysis.DoesNotExist:
            return None

    def extracted_text(self) -> str:
        analysis = self.analysis
        return analysis.text if analysis else ""

    def searchable_texts(self) -> list[str]:
        """Description first (the snippet's best source), the file's text last."""
        return [self.description, self.extracted_text()]

    def searchable_labels(self) -> list[str]:
        organisation = self.organisation
        names = [organisation.name_ar, organisation.name_fr] if organisation else []
        return [self.creators, *names, *(tag.name for tag in self.tags.all())]

    @property
    def year(self) -> int:
        return self.publication_date.year

    def creator_list(self) -> list[str]:
        return [name.strip() for name in self.creators.split(";") if name.strip()]

    def video_player(self) -> dict | None:
        return player_for(self.video_url) if self.video_url else None

    def video_value(self) -> dict:
        """What the embed facade template reads from a video block."""
        return {"title": self.title, "url": {"url": self.video_url}}

    def citation(self) -> str:
        parts = {
            "authors": "; ".join(self.creator_list()) or (self.organisation or self.title),
            "year": self.year,
            "title": self.title,
            "organisation": self.organisation or "",
        }
        if self.organisation:
            return _("%(authors)s (%(year)s). %(title)s. %(organisation)s.") % parts
        return _("%(authors)s (%(year)s). %(title)s.") % parts

    def related_items(self, limit: int = 3):
        """Other live items of the same language sharing a theme, newest first."""
        same_theme = LibraryItemPage.themes.through.objects.filter(
            theme__in=self.themes.all()
        ).values("libraryitempage_id")
        return (
            LibraryItemPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, pk__in=same_theme)
            .exclude(pk=self.pk)
            .select_related(*CARD_RELATED)
            .order_by("-publication_date", "-pk")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = functools.cache(self.related_items)  # called only if not cached
        return context
