from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "women_portal.core"
    default_auto_field = "django.db.models.BigAutoField"
    label = "core"
    verbose_name = _("Site")

    def ready(self) -> None:
        from PIL import Image
        from wagtail.models import Task, Workflow

        from women_portal.pagecache.registry import shown_on_pages

        from . import workflow_names
        from .editors import ensure_staff_editors
        from .locales import ensure_content_locales

        # Pillow's own guard against decompression bombs, at the site's limit (pictures.py).
        Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS

        shown_on_pages(
            "core.portalsettings",
            "core.municipality",
            "core.helpline",
            "core.theme",
            # Wagtail's own, shown on every page or in lists.
            "wagtailimages.image",
            "wagtaildocs.document",
            "wagtailcore.locale",
            "wagtailcore.site",
            "wagtailcore.pageviewrestriction",  # a page made private leaves every list at once
            "taggit.tag",  # a tag renamed
        )
        # Workflows' and tasks' names in the admin user's language (workflow_names.py).
        workflow_names.connect(
            model for model in self.apps.get_models() if issubclass(model, (Workflow, Task))
        )
        post_migrate.connect(ensure_content_locales, sender=self)
        post_migrate.connect(ensure_staff_editors, sender=self)
