from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

FACET_HEADINGS = {
    "type": _("Type"),
    "theme": _("Theme"),
    "language": _("Language"),
    "year": _("Year"),
    "organisation": _("Organisation"),
}


@register.simple_tag
def facet_heading(name: str) -> str:
    return FACET_HEADINGS[name]
