from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatisticsConfig(AppConfig):
    # The package sits inside women_portal/: a top-level "statistics" would shadow Python's
    # standard-library module, which Django's SQLite backend imports.
    name = "women_portal.statistics"
    default_auto_field = "django.db.models.BigAutoField"
    label = "statistics"
    verbose_name = _("Statistics")

    def ready(self) -> None:
        from women_portal.pagecache.registry import shown_on_pages

        shown_on_pages("statistics.indicator", "statistics.observation")
