from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .directory import CARD_PREFETCHED, CARD_RELATED, shown_services
from .models import CHECK_EVERY, HelpIndexPage, ServicePage

# Each theme page shows the kinds of help its readers are most likely to need.
THEME_CATEGORIES = {
    "protection": ["violence", "listening", "shelter", "legal"],
    "work": ["work"],
    "poverty": ["social-aid", "health"],
    "economy": ["work", "social-aid"],
    "trade-unions": ["work", "legal"],
    "civil-society": ["legal", "listening"],
    "participation": ["civil-status", "legal"],
}
SECTION_SIZE = 3


@hooks.register("portal_theme_sections")
def theme_services(request, page):
    help_page = HelpIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    if help_page is None:
        return ""
    categories = THEME_CATEGORIES.get(page.theme.key, [])
    services = list(
        shown_services(help_page)
        .filter(categories__key__in=categories)
        .distinct()
        .select_related(*CARD_RELATED)
        .prefetch_related(*CARD_PREFETCHED)
        .order_by("title")[:SECTION_SIZE]
    )
    url = help_page.url
    if len(categories) == 1:
        url += f"?category={categories[0]}"
    return render_to_string(
        "services/section.html", {"services": services, "url": url}, request=request
    )


class ServicesToCheckView(PageReportView):
    """Services nobody has checked for a year: their numbers and hours may be wrong."""

    page_title = _("Services to check")
    header_icon = "warning"
    index_url_name = "services_to_check"
    index_results_url_name = "services_to_check_results"
    list_export = PageReportView.list_export + ["last_checked"]

    def get_queryset(self):
        pages = policy_registry.get_by_type(Page).instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = (
            ServicePage.objects.filter(pk__in=pages.values("pk"))
            .filter(last_checked__lt=timezone.localdate() - CHECK_EVERY)
            .order_by("last_checked")
        )
        return super().get_queryset()


@hooks.register("register_admin_urls")
def register_services_to_check():
    return [
        path("reports/services-to-check/", ServicesToCheckView.as_view(), name="services_to_check"),
        path(
            "reports/services-to-check/results/",
            ServicesToCheckView.as_view(results_only=True),
            name="services_to_check_results",
        ),
    ]


class ServicesToCheckMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def services_to_check_menu_item():
    return ServicesToCheckMenuItem(
        _("Services to check"), reverse("services_to_check"), icon_name="warning", order=750
    )
