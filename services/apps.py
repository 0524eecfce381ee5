from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Where to get help")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from library.visibility import filed_by_organisations

        from .models import ServicePage
        from .review import open_help_pages_for_contributions

        filed_by_organisations(ServicePage)

        post_migrate.connect(open_help_pages_for_contributions, sender=self)
