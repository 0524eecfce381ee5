from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import Indicator


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    list_display = ["code", "name", "theme", "last_updated"]
    list_filter = ["theme"]
    search_fields = ["code", "name"]
    add_to_admin_menu = True
    menu_label = _("Statistics")
    menu_order = 250


register_snippet(IndicatorViewSet)


@hooks.register("register_admin_urls")
def import_urls():
    return [path("statistics/import/", views.import_csv, name="statistics_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("statistics.add_observation")


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Import statistics"), reverse("statistics_import"), icon_name="upload", order=251
    )
