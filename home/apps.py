from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Editorial pages")

    def ready(self) -> None:
        from . import signals  # noqa: F401
