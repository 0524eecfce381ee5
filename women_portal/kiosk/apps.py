from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class KioskConfig(AppConfig):
    name = "women_portal.kiosk"
    label = "kiosk"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Kiosk")

    def ready(self):
        from . import staff, wagtail_hooks  # noqa: F401 - registers the admin and hooks

        post_migrate.connect(staff.ensure_kiosk_staff, sender=self)
