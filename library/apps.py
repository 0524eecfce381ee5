from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Digital library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from women_portal.core.workflow_names import show_translated
        from women_portal.pagecache.registry import shown_on_pages

        from . import signals  # noqa: F401
        from .review import TASK, WORKFLOW, ensure_library_review

        shown_on_pages("library.organisation", "library.documentanalysis")
        show_translated(WORKFLOW, TASK)

        post_migrate.connect(ensure_library_review, sender=self)
