from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "women_portal.pagecache"
    default_auto_field = "django.db.models.BigAutoField"
    label = "pagecache"
    verbose_name = _("Page cache")

    def ready(self) -> None:
        from . import checks, signals  # noqa: F401
