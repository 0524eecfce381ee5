"""Two of Wagtail 8's admin reports offer, as a filter, every user who ever did the thing
(changed any page; asked for any review), whatever pages the reader may see: another
organisation's contributor would read who filed what. Their listings already keep to the
pages the reader may see (the page policy, visibility.py); these filters are made to keep to
the same entries.

Wagtail gives no public way to change a report's filters, so its views' filter sets are
replaced here (internals). tests/library/test_review.py walks every report as a
contributor and fails if a Wagtail version brings the names back."""

from django.contrib.auth import get_user_model
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
    get_users_for_filter,
)
from wagtail.admin.views.reports.workflows import WorkflowReportFilterSet, WorkflowView
from wagtail.models import Page, WorkflowState
from wagtail.permissions import policy_registry


class SiteHistoryFilters(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        # Wagtail's own rule (get_user_choices), which its base filter set no longer calls.
        return get_users_for_filter(self.request.user)


def requesters_of_visible_reviews(request):
    pages = policy_registry.get_by_type(Page).explorable_instances(request.user)
    # object_id is text (a generic relation): the ids are cast, as Wagtail's report does.
    states = WorkflowState.objects.filter(
        object_id__in=pages.values_list(Cast("id", output_field=CharField()), flat=True)
    )
    User = get_user_model()
    return User.objects.filter(pk__in=states.values("requested_by")).order_by(User.USERNAME_FIELD)


class WorkflowFilters(WorkflowReportFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["requested_by"].queryset = requesters_of_visible_reviews


def name_only_the_users_of_visible_entries() -> None:
    LogEntriesView.filterset_class = SiteHistoryFilters
    WorkflowView.filterset_class = WorkflowFilters
