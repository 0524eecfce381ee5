from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Helpline, Municipality


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "locale"]


class HelplineViewSet(SnippetViewSet):
    model = Helpline
    icon = "mail"
    list_display = ["name", "number", "hours", "locale"]
    sort_order_field = "sort_order"


register_snippet(MunicipalityViewSet)
register_snippet(HelplineViewSet)
