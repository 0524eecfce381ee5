"""Editorial pages.

Tree in each language: HomePage (the language's root) → ThemePage (one per theme) →
ArticlePage; HomePage → StandardPage (about, safety, privacy, forum rules, accessibility).
Sections that other apps add to the home and theme pages come through the
`portal_home_sections` and `portal_theme_sections` hooks (see home/sections.py).
"""

import functools

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from women_portal.core.address import PortalAddress
from women_portal.core.locales import ALIAS_LOCALES
from women_portal.core.slugs import LatinSlug
from women_portal.search.indexing import NORMALISED_FIELDS, NormalisedSearch, stream_text

from .blocks import BodyBlock
from .sections import render_sections

ARTICLES_PER_PAGE = 10
LATEST_ON_HOME = 6


def articles_in(locale: Locale):
    """Live articles of a language, newest first, with what their cards show."""
    return (
        ArticlePage.objects.live()
        .public()
        .filter(locale=locale)
        .defer_streamfields()
        .select_related("theme_page", *ALIAS_LOCALES)
        .order_by("-date", "-pk")
    )


class HomePage(PortalAddress, LatinSlug, NormalisedSearch, Page):
    hero_message = models.TextField(
        _("welcome message"),
        blank=True,
        help_text=_("One or two sentences that greet readers at the top of the home page."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_message"),
        InlinePanel(
            "featured_articles",
            label=_("Featured articles"),
            help_text=_("Articles shown first on the home page, in this order."),
            max_num=6,
        ),
    ]
    search_fields = Page.search_fields + NORMALISED_FIELDS

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ThemePage",
        "home.StandardPage",
        "statistics.StatisticsIndexPage",
        "library.LibraryIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def featured(self) -> list["ArticlePage"]:
        """The editor's featured articles, in this page's language where translated."""
        picks = list(self.featured_articles.select_related("article"))
        keys = [pick.article.translation_key for pick in picks if pick.article]
        found = {
            article.translation_key: article
            for article in articles_in(self.locale).filter(translation_key__in=keys)
        }
        return [found[key] for key in keys if key in found]

    def searchable_texts(self) -> list[str]:
        return [self.hero_message]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Callables, called by the template only when its cached part must be rendered.
        featured = functools.cache(self.featured)
        context["featured"] = featured
        context["themes"] = ThemePage.objects.child_of(self).live().select_related("theme")
        context["latest"] = functools.cache(
            lambda: list(
                articles_in(self.locale).exclude(pk__in=[a.pk for a in featured()])[:LATEST_ON_HOME]
            )
        )
        context["sections"] = functools.cache(
            lambda: render_sections("portal_home_sections", request, page=self)
        )
        return context


class HomeFeaturedArticle(Orderable):
    page = ParentalKey(HomePage, related_name="featured_articles", on_delete=models.CASCADE)
    article = models.ForeignKey(
        "home.ArticlePage", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]


class ThemePage(PortalAddress, LatinSlug, NormalisedSearch, Page):
    """One of the seven themes: an introduction and its articles."""

    theme = models.ForeignKey(
        "core.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="pages",
        help_text=_("Library items, statistics and forums of this theme are listed here too."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("theme"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + NORMALISED_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ArticlePage"]

    class Meta:
        verbose_name = _("theme page")

    def searchable_texts(self) -> list[str]:
        return [self.intro, stream_text(self.body)]

    def clean(self):
        super().clean()
        same_theme = ThemePage.objects.filter(theme_id=self.theme_id, locale_id=self.locale_id)
        if self.theme_id and same_theme.exclude(pk=self.pk).exists():
            raise ValidationError({"theme": _("This language already has a page for this theme.")})

    def articles(self):
        """Its own articles and those of other themes that the editor also filed under it."""
        return (
            articles_in(self.locale).filter(Q(theme_page=self) | Q(themes=self.theme_id)).distinct()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Called by the template only when its cached part must be rendered.
        context["articles"] = functools.cache(
            lambda: Paginator(self.articles(), ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        )
        context["sections"] = functools.cache(
            lambda: render_sections("portal_theme_sections", request, page=self)
        )
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePage(PortalAddress, LatinSlug, NormalisedSearch, Page):
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in lists, feeds and when the article is shared."),
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    author = models.CharField(
        _("author or organisation"),
        max_length=150,
        blank=True,
        help_text=_("Who wrote it, e.g. an association or “The portal's editor”."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("main image: alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for readers who cannot see it. Required with an image."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    themes = ParentalManyToManyField(
        "core.Theme",
        verbose_name=_("other themes"),
        blank=True,
        related_name="articles",
        help_text=_("The article is listed under its own theme and under these."),
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))
    # Denormalised parent, so lists can show and filter by theme without walking the tree.
    theme_page = models.ForeignKey(
        ThemePage, null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("date"), FieldPanel("author")], heading=_("Date and author")),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Main image")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("themes", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading=_("Themes and tags"),
        ),
        InlinePanel(
            "related_articles",
            label=_("Related articles"),
            help_text=_("Without a choice here, the latest articles of the same theme are shown."),
            max_num=3,
        ),
    ]
    search_fields = Page.search_fields + NORMALISED_FIELDS + [index.FilterField("date")]

    parent_page_types = ["home.ThemePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        # Lists show the newest first (articles_in): read from this index, not sorted.
        indexes = [models.Index(fields=["date", "page_ptr"], name="home_article_newest")]

    def searchable_texts(self) -> list[str]:
        return [self.summary, stream_text(self.body)]

    def searchable_labels(self) -> list[str]:
        return [self.author, *(tag.name for tag in self.tags.all())]

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError(
                {"hero_alt": _("Describe the main image for readers who cannot see it.")}
            )

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        self.theme_page_id = parent.pk if parent and parent.specific_class is ThemePage else None
        super().save(*args, **kwargs)

    def related(self) -> list["ArticlePage"]:
        picks = [
            link.article.translation_key for link in self.related_articles.select_related("article")
        ]
        if picks:
            found = {
                a.translation_key: a
                for a in articles_in(self.locale).filter(translation_key__in=picks)
            }
            return [found[key] for key in picks if key in found]
        return list(
            articles_in(self.locale)
            .filter(theme_page_id=self.theme_page_id)
            .exclude(pk=self.pk)[:3]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = functools.cache(self.related)  # called only if not cached
        return context


class ArticleRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, related_name="related_articles", on_delete=models.CASCADE)
    article = models.ForeignKey(
        ArticlePage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]


class StandardPage(PortalAddress, LatinSlug, NormalisedSearch, Page):
    """A plain page: about, safety, privacy, forum rules, accessibility statement."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + NORMALISED_FIELDS

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def searchable_texts(self) -> list[str]:
        return [self.intro, stream_text(self.body)]
