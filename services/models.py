"""Where to get help: the services for women in the governorate of El Kef.

Tree in each language: HomePage → HelpIndexPage (/<lang>/help/) → ServicePage. Services are
pages, like library items, so they get revisions, translation, the library's review workflow
(contributing organisations propose, the editor publishes) and search. The national lines
are the site's helplines (core.Helpline), shown first; the directory holds the services near
her. Its open-data form is HSDS (hsds.py).
"""

import datetime

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from library.forms import FiledByOrganisationForm
from women_portal.core.address import PortalAddress
from women_portal.core.section_page import SectionPage
from women_portal.core.slugs import LatinSlug
from women_portal.search.indexing import NORMALISED_FIELDS, NormalisedSearch

CHECK_EVERY = datetime.timedelta(days=365)  # a service unchecked for longer is flagged

CATEGORIES = [
    ("violence", _("Protection from violence")),
    ("listening", _("Listening and psychological support")),
    ("legal", _("Legal aid")),
    ("health", _("Health and reproductive health")),
    ("shelter", _("Shelter")),
    ("social-aid", _("Social aid")),
    ("work", _("Employment, training and micro-credit")),
    ("civil-status", _("Civil status and administration")),
]

# The governorate's twelve delegations, in their French spelling (HSDS and addresses).
DELEGATIONS = [
    ("kef-est", _("Le Kef Est")),
    ("kef-ouest", _("Le Kef Ouest")),
    ("dahmani", _("Dahmani")),
    ("tajerouine", _("Tajerouine")),
    ("sers", _("Sers")),
    ("ksour", _("Ksour")),
    ("jerissa", _("Jérissa")),
    ("kalaat-senan", _("Kalaat Senan")),
    ("kalaat-khasba", _("Kalaat Khasba")),
    ("nebeur", _("Nebeur")),
    ("touiref", _("Touiref")),
    ("sakiet-sidi-youssef", _("Sakiet Sidi Youssef")),
]

LANGUAGES_SPOKEN = [
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("en", _("English")),
    ("tzm", _("Amazigh")),
    ("sgn", _("Tunisian sign language")),
]


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "", _("Not known")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    LOW = "low", _("Low cost")
    PAID = "paid", _("Paid")
    UNKNOWN = "", _("Not known")


class ServiceCategory(models.Model):
    """One of CATEGORIES (rows made by a migration), the same in every language."""

    key = models.SlugField(_("key"), unique=True, choices=CATEGORIES)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return str(self.get_key_display())


class SpokenLanguage(models.Model):
    """One of LANGUAGES_SPOKEN (rows made by a migration)."""

    code = models.CharField(_("code"), max_length=8, unique=True, choices=LANGUAGES_SPOKEN)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("language spoken")
        verbose_name_plural = _("languages spoken")

    def __str__(self) -> str:
        return str(self.get_code_display())


class HelpIndexPage(SectionPage):
    subpage_types = ["services.ServicePage"]

    class Meta:
        verbose_name = _("where to get help")

    def get_context(self, request, *args, **kwargs):
        from .directory import Directory

        context = super().get_context(request, *args, **kwargs)
        context["directory"] = Directory(self, request.GET)
        context["printing"] = request.GET.get("print") == "1"
        return context


class ServicePage(PortalAddress, LatinSlug, NormalisedSearch, Page):
    organisation = models.ForeignKey(
        "library.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
    )
    summary = models.TextField(_("what they do"), max_length=600)
    categories = ParentalManyToManyField(ServiceCategory, verbose_name=_("categories"))
    delegation = models.CharField(
        _("delegation"),
        max_length=24,
        choices=DELEGATIONS,
        blank=True,
        help_text=_("Leave empty for a service of the whole governorate."),
    )
    address = models.TextField(_("address"), blank=True)
    directions = models.TextField(
        _("how to get there, in words"),
        blank=True,
        help_text=_("Landmarks a woman can ask for: “behind the hospital, first floor”."),
    )
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    cost = models.CharField(_("cost"), max_length=8, choices=Cost.choices, blank=True)
    languages = ParentalManyToManyField(
        SpokenLanguage, verbose_name=_("languages spoken"), blank=True
    )
    wheelchair_access = models.CharField(
        _("access for women with disabilities"), max_length=3, choices=Answer.choices, blank=True
    )
    children_welcome = models.CharField(
        _("she may come with her children"), max_length=3, choices=Answer.choices, blank=True
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    last_checked = models.DateField(
        _("last checked"),
        default=datetime.date.today,
        help_text=_("When someone last called or visited to check these details."),
    )
    is_sample = models.BooleanField(
        _("sample data"), default=False, help_text=_("Demonstration data: not a real service.")
    )
    hsds_id = models.CharField(_("open data identifier"), max_length=36, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("organisation"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("delegation"),
                FieldPanel("address"),
                FieldPanel("directions"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        InlinePanel("phones", label=_("phone numbers"), min_num=0),
        MultiFieldPanel(
            [
                FieldPanel("hours"),
                FieldPanel("cost"),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("wheelchair_access"), FieldPanel("children_welcome")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
            ],
            heading=_("How"),
        ),
        FieldRowPanel([FieldPanel("last_checked"), FieldPanel("is_sample")]),
    ]
    search_fields = (
        Page.search_fields
        + NORMALISED_FIELDS
        + [
            index.FilterField("delegation"),
        ]
    )
    # A translator translates the words; the facts stay those of the original.
    override_translatable_fields = [
        TranslatableField("summary"),
        SynchronizedField("organisation"),
        SynchronizedField("categories"),
        SynchronizedField("delegation"),
        SynchronizedField("phones"),
        SynchronizedField("cost"),
        SynchronizedField("languages"),
        SynchronizedField("wheelchair_access"),
        SynchronizedField("children_welcome"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("last_checked"),
        SynchronizedField("is_sample"),
    ]
    parent_page_types = ["services.HelpIndexPage"]
    subpage_types = []
    base_form_class = FiledByOrganisationForm

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def searchable_texts(self) -> list[str]:
        return [self.summary, self.address, self.directions]

    def searchable_labels(self) -> list[str]:
        organisation = self.organisation
        names = [organisation.name_ar, organisation.name_fr] if organisation else []
        return [*names, self.get_delegation_display()]

    @property
    def needs_checking(self) -> bool:
        return self.last_checked < timezone.localdate() - CHECK_EVERY

    @property
    def map_url(self) -> str:
        """OpenStreetMap at the service's place: a plain link, nothing loads before a click."""
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )


class ServicePhone(Orderable):
    page = ParentalKey(ServicePage, related_name="phones", on_delete=models.CASCADE)
    number = models.CharField(
        _("number"),
        max_length=20,
        help_text=_("As it is dialled in Tunisia: digits and spaces, e.g. 78 200 300."),
        validators=[
            RegexValidator(
                r"^\+?[0-9][0-9 ]{2,18}$",
                _("A phone number is made of digits and spaces (and a + first, from abroad)."),
            )
        ],
    )

    panels = [FieldPanel("number")]

    def __str__(self) -> str:
        return self.number

    @property
    def dial(self) -> str:
        return "".join(
            character for character in self.number if character.isdigit() or character == "+"
        )
