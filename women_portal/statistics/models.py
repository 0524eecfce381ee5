"""Sex-disaggregated indicators and their observations, and the page that shows them.

An Indicator is a data record, the same in every language: its texts are translated in
place (django-modeltranslation: name_ar, name_fr, name_en, …) rather than copied per
language like pages, so that its observations are never split or duplicated between
languages. The StatisticsIndexPage (one per language) lists the indicators and serves each
one at /<lang>/statistics/<code>/ with its chart, table and downloads (<code>/csv/, <code>/json/).
"""

import functools

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.search import index

from women_portal.core.panels import in_every_language
from women_portal.core.section_page import SectionPage
from women_portal.search.indexing import NORMALISED_FIELDS, NormalisedSearch

from .charts import key_figures, line_chart, table_rows
from .opendata import csv_response, indicator_document

# 2024, 2024-H1 (half year), 2024-Q3 (quarter) or 2024-05 (month): sorts as text.
PERIOD_PATTERN = r"^(19|20)\d\d(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$"
period_validator = RegexValidator(
    PERIOD_PATTERN,
    _(
        "Write the period as a year (2024), a half year (2024-H1), a quarter (2024-Q3) or a month (2024-05)."
    ),
)
CODE_PATTERN = r"^[a-z0-9][a-z0-9-]{1,49}$"


class Geography(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    GOVERNORATE = "governorate", _("Governorate")
    NATIONAL = "national", _("National")


class Sex(models.TextChoices):
    WOMEN = "women", _("Women")
    MEN = "men", _("Men")
    TOTAL = "total", _("Total")


class Flag(models.TextChoices):
    NONE = "", _("Final")
    PROVISIONAL = "provisional", _("Provisional")
    ESTIMATED = "estimated", _("Estimated")


class Indicator(NormalisedSearch, index.Indexed, ClusterableModel):
    code = models.SlugField(
        _("code"),
        max_length=50,
        unique=True,
        validators=[RegexValidator(CODE_PATTERN)],
        help_text=_("Short identifier used in files and addresses, e.g. unemployment-rate."),
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    unit = models.CharField(
        _("unit"), max_length=30, blank=True, help_text=_("E.g. %, persons, thousands, dinars.")
    )
    theme = models.ForeignKey(
        "core.Theme", verbose_name=_("theme"), on_delete=models.PROTECT, related_name="indicators"
    )
    source_name = models.CharField(_("source"), max_length=250)
    source_url = models.URLField(_("source address"), blank=True)
    methodology = models.TextField(_("methodology"), blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=100,
        default="CC-BY-4.0",
        help_text=_("An SPDX identifier, e.g. CC-BY-4.0, or the source's own terms."),
    )
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Tick for made-up demonstration figures: the page then says so."),
    )
    last_updated = models.DateTimeField(_("last updated"), default=timezone.now, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("theme"), FieldPanel("unit")]),
        MultiFieldPanel(in_every_language("name"), heading=_("Name")),
        MultiFieldPanel(in_every_language("description"), heading=_("Description")),
        MultiFieldPanel(
            in_every_language("source_name")
            + [FieldPanel("source_url"), FieldPanel("licence"), FieldPanel("is_sample")],
            heading=_("Source"),
        ),
        MultiFieldPanel(in_every_language("methodology"), heading=_("Methodology")),
        InlinePanel("observations", heading=_("Observations"), label=_("observation")),
    ]
    search_fields = NORMALISED_FIELDS + [
        index.SearchField("code"),
        index.AutocompleteField("name"),  # the admin's search box
        index.FilterField("theme"),
    ]

    class Meta:
        ordering = ["theme__sort_order", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name

    def searchable_title(self) -> str:
        """Every language's name: the indicator is one record shown in all of them."""
        return " ".join(
            filter(None, (getattr(self, f"name_{code}") for code, _n in settings.LANGUAGES))
        )

    def searchable_texts(self) -> list[str]:
        return [getattr(self, f"description_{code}") or "" for code, _name in settings.LANGUAGES]

    def save(self, *args, **kwargs):
        self.last_updated = timezone.now()
        super().save(*args, **kwargs)


class Observation(models.Model):
    indicator = ParentalKey(Indicator, on_delete=models.CASCADE, related_name="observations")
    period = models.CharField(_("period"), max_length=7, validators=[period_validator])
    geography = models.CharField(_("geography"), max_length=20, choices=Geography.choices)
    sex = models.CharField(_("sex"), max_length=10, choices=Sex.choices)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=3)
    note = models.CharField(_("note"), max_length=300, blank=True)
    flag = models.CharField(_("status"), max_length=20, choices=Flag.choices, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("period"), FieldPanel("geography"), FieldPanel("sex")]),
        FieldRowPanel([FieldPanel("value"), FieldPanel("flag")]),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["indicator", "period", "geography", "sex"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period", "geography", "sex"], name="one_value_per_cell"
            )
        ]
        verbose_name = _("observation")
        verbose_name_plural = _("observations")

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.period} {self.geography} {self.sex}: {self.value}"


def latest_observations():
    """For each indicator, its observations of the latest period that has a figure by sex."""
    latest_period = (
        Observation.objects.filter(indicator=OuterRef("indicator"), sex__in=[Sex.WOMEN, Sex.MEN])
        .order_by("-period")
        .values("period")[:1]
    )
    return Observation.objects.filter(sex__in=[Sex.WOMEN, Sex.MEN], period=Subquery(latest_period))


class StatisticsIndexPage(RoutablePageMixin, SectionPage):
    """/<lang>/statistics/: every indicator by theme; each at <code>/, <code>/csv/, <code>/json/."""

    subpage_types = []

    class Meta:
        verbose_name = _("statistics page")

    def indicators_by_theme(self) -> dict:
        """Each theme's indicators, with their latest key figures."""
        indicators = list(Indicator.objects.select_related("theme"))
        latest = {}
        for observation in latest_observations():
            latest.setdefault(observation.indicator_id, []).append(observation)
        rows = [(indicator, key_figures(latest.get(indicator.pk, []))) for indicator in indicators]
        by_theme = {}
        for indicator, figures in rows:
            by_theme.setdefault(indicator.theme, []).append((indicator, figures))
        return by_theme

    @path("")
    def index(self, request):
        # Called by the template only when its cached part must be rendered.
        by_theme = functools.cache(self.indicators_by_theme)
        return self.render(request, context_overrides={"by_theme": by_theme})

    @path("<slug:code>/")
    def indicator(self, request, code):
        indicator = get_object_or_404(Indicator.objects.select_related("theme"), code=code)
        observations = list(indicator.observations.all())
        context = {
            "indicator": indicator,
            "observations": observations,
            "figures": key_figures(observations),
            "chart": line_chart(observations),
            "table": table_rows(observations),
        }
        return self.render(
            request, template="statistics/indicator_page.html", context_overrides=context
        )

    # Wagtail serves no address with a dot in it: /<code>/csv/ rather than /<code>.csv
    @re_path(r"^(?P<code>[a-z0-9][a-z0-9-]{1,49})/(?P<extension>csv|json)/$")
    def download(self, request, code, extension):
        indicator = get_object_or_404(Indicator, code=code)
        observations = indicator.observations.all()
        if extension == "csv":
            return csv_response(observations.select_related("indicator"), f"{code}.csv")
        document = indicator_document(indicator, observations, request)
        return JsonResponse(document, json_dumps_params={"ensure_ascii": False})
