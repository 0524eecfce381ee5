from machina.apps.forum_moderation.apps import (
    ForumModerationAppConfig as MachinaForumModerationAppConfig,
)


class ForumModerationAppConfig(MachinaForumModerationAppConfig):
    """machina's `forum_moderation` app, overridden (same label) so that each of its
    moderation actions is written to the moderation log (views.py); it has no models."""

    default = True  # the module also imports machina's class
    name = "forum.forum_moderation"
