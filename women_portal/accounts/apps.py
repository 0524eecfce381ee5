from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "women_portal.accounts"
    default_auto_field = "django.db.models.BigAutoField"
    label = "accounts"
    verbose_name = _("Members")

    def ready(self):
        from django.contrib.auth import get_user_model

        from women_portal.pagecache.registry import shown_once_changed

        from .models import display_name

        # A new member shows nowhere until a post of hers is approved; a new name does.
        shown_once_changed("accounts.profile")

        # The forum names people with this method (MACHINA_USER_DISPLAY_NAME_METHOD).
        get_user_model().add_to_class("forum_display_name", display_name)
