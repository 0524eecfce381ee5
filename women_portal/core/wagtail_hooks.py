import copy

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Helpline, Municipality
from .users import BULK_ACTIONS
from .workflow_names import shown


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


WORKFLOW_ACTIONS = ("start", "approve", "reject", "resume", "cancel")


@hooks.register("register_log_actions", order=1)
def show_workflow_names_translated(actions):
    """The workflow history's messages ("'Moderators approval' started…") print the names
    kept in each log entry as the workflows themselves do: translated if the portal made
    them (workflow_names.py). Wagtail's formatters (registered before, order 0) are kept,
    each given the entry with its names shown."""
    for name in WORKFLOW_ACTIONS:
        action = f"wagtail.workflow.{name}"
        formatter_class = type(actions.formatters[action])

        class ShownNames(formatter_class):
            def format_message(self, log_entry):
                entry = copy.copy(log_entry)
                entry.data = copy.deepcopy(log_entry.data)
                workflow = entry.data.get("workflow") or {}
                for part in (workflow, workflow.get("task"), workflow.get("next")):
                    if isinstance(part, dict) and "title" in part:
                        part["title"] = shown(part["title"])
                return super().format_message(entry)

        actions.formatters[action] = ShownNames()
