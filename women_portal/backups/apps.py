from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    name = "women_portal.backups"
    default_auto_field = "django.db.models.BigAutoField"
    label = "backups"
    verbose_name = _("Backups")
