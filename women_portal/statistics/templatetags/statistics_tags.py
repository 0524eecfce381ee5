from decimal import Decimal

from django import template
from django.utils.formats import number_format

from women_portal.statistics.models import Geography, Sex

register = template.Library()


@register.filter
def sex_label(value: str) -> str:
    return Sex(value).label


@register.filter
def geography_label(value: str) -> str:
    return Geography(value).label


@register.filter
def figure(value: Decimal | None) -> str:
    """A value as readers write it: no trailing zeros, the language's decimal separator."""
    if value is None:
        return ""
    exact = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return number_format(exact)


@register.inclusion_tag("statistics/includes/indicator_block.html")
def indicator_chart(indicator):
    """An indicator's key figure and chart, for a block in any page, with a link to its page."""
    from wagtail.models import Locale

    from women_portal.statistics.charts import key_figures, line_chart
    from women_portal.statistics.models import StatisticsIndexPage

    observations = list(indicator.observations.all())
    index = StatisticsIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return {
        "indicator": indicator,
        "figures": key_figures(observations),
        "chart": line_chart(observations),
        "url": index.url + index.reverse_subpage("indicator", args=[indicator.code])
        if index
        else None,
    }
