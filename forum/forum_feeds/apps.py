from machina.apps.forum_feeds.apps import ForumFeedsAppConfig as MachinaForumFeedsAppConfig


class ForumFeedsAppConfig(MachinaForumFeedsAppConfig):
    """machina's `forum_feeds` app, overridden (same label) so that its feeds leave out the
    characters XML cannot carry (feeds.py); it has no models."""

    default = True  # the module also imports machina's class
    name = "forum.forum_feeds"
