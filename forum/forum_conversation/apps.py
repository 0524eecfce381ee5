from machina.apps.forum_conversation.apps import (
    ForumConversationAppConfig as MachinaForumConversationAppConfig,
)


class ForumConversationAppConfig(MachinaForumConversationAppConfig):
    """machina's `forum_conversation` app, overridden (same label) to add per-member rate
    limits to its post and topic forms (forms.py); models and views are machina's."""

    default = True  # the module also imports machina's class
    name = "forum.forum_conversation"
