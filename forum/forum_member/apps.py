from machina.apps.forum_member.apps import ForumMemberAppConfig as MachinaForumMemberAppConfig


class ForumMemberAppConfig(MachinaForumMemberAppConfig):
    """machina's `forum_member` app, overridden (same label) so that a member's posts, as
    listed on her profile, are only those readers may see (views.py); models are machina's."""

    default = True  # the module also imports machina's class
    name = "forum.forum_member"
