from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from machina.apps.forum.apps import ForumAppConfig as MachinaForumAppConfig


class ForumAppConfig(MachinaForumAppConfig):
    """django-machina's `forum` app, overridden (same label) through machina's documented
    mechanism: its models and views are machina's, plus what the portal adds."""

    default = True  # the module also imports machina's class
    name = "forum"
    verbose_name = _("Forum")
    default_auto_field = "django.db.models.AutoField"  # as machina's migrations made it

    def ready(self):
        from machina.apps.forum import receivers  # noqa: F401

        from women_portal.accounts.privacy import EXPORT_SECTIONS, FORGET_STEPS

        from . import notifications, search, trust  # noqa: F401
        from .privacy import member_posts, withdraw_waiting_posts

        if member_posts not in EXPORT_SECTIONS:
            EXPORT_SECTIONS.append(member_posts)
        if withdraw_waiting_posts not in FORGET_STEPS:
            FORGET_STEPS.append(withdraw_waiting_posts)
        from .setup import ensure_forums

        post_migrate.connect(ensure_forums, sender=self)
