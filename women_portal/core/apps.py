from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "women_portal.core"
    default_auto_field = "django.db.models.BigAutoField"
    label = "core"
    verbose_name = _("Site")

    def ready(self) -> None:
        from .locales import ensure_content_locales

        post_migrate.connect(ensure_content_locales, sender=self)
