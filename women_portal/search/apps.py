from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "women_portal.search"
    default_auto_field = "django.db.models.BigAutoField"
    label = "portal_search"
    verbose_name = _("Search")

    def ready(self):
        from . import checks, elastic, signals  # noqa: F401

        if elastic.enabled():
            elastic.connect()
