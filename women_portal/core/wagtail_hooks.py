from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Helpline, Municipality
from .users import BULK_ACTIONS


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


# The user list's bulk actions, limited like the user admin (users.py). Registered after
# Wagtail's own (order 0), so they take their place for the user model.
for action_class in BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=1)
