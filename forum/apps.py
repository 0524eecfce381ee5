from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from machina.apps.forum.apps import ForumAppConfig as MachinaForumAppConfig


def declare_what_readers_see() -> None:
    """For the page cache (women_portal/pagecache/registry.py). machina saves the forum and
    an approved topic again after every post, a waiting one too: they renew the cache only
    when a field readers see changes. Posts and topics are seen once approved."""
    from women_portal.pagecache.registry import shown_fields, shown_on_pages, shown_once_changed

    shown_fields(
        "forum.forum",
        (
            "name",
            "slug",
            "description",
            "type",
            "parent_id",
            "link",
            "direct_posts_count",
            "direct_topics_count",
            "last_post_id",
            "last_post_on",
            "display_sub_forum_list",
        ),
    )
    topic = ("approved", "subject", "slug", "status", "type", "forum_id", "posts_count")
    shown_fields("forum_conversation.topic", (*topic, "last_post_on"), moderated=True)
    post = ("approved", "subject", "content", "username", "topic_id")
    shown_fields("forum_conversation.post", post, moderated=True)
    shown_on_pages(
        "forum_polls.topicpollvote",  # the results shown under a poll
        # Who may do what, and the names posts are shown with.
        "forum.suspension",
        "forum_permission.userforumpermission",
        "forum_permission.groupforumpermission",
    )
    shown_once_changed("forum_member.forumprofile")


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

        declare_what_readers_see()

        post_migrate.connect(ensure_forums, sender=self)
