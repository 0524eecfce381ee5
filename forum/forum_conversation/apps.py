from machina.apps.forum_conversation.apps import (
    ForumConversationAppConfig as MachinaForumConversationAppConfig,
)


class ForumConversationAppConfig(MachinaForumConversationAppConfig):
    """machina's `forum_conversation` app, overridden (same label) to add per-member rate
    limits to its post and topic forms (forms.py) and to write a moderator's edits and
    deletions of others' posts to the moderation log (views.py); models are machina's."""

    default = True  # the module also imports machina's class
    name = "forum.forum_conversation"
