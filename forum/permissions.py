"""machina's permission handler, with what is the same for every visitor worked out once."""

from django.db.models import Q
from machina.core.loading import get_class

from women_portal.pagecache.cache import remember

MachinaPermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


class PermissionHandler(MachinaPermissionHandler):
    """machina's, remembering which forums visitors (not signed in) may see and read until
    the next change (pagecache.remember): it is the same for every visitor, and machina works
    it out over the whole forum tree on every forum page and search. Forums and forum
    permissions changed start a new cache generation (pagecache/signals.py)."""

    def _get_forums_for_user(self, user, perm_codenames, use_tree_hierarchy=False):
        compute = super()._get_forums_for_user
        if not user.is_anonymous:
            return compute(user, perm_codenames, use_tree_hierarchy)
        return remember(
            f"forum-visitors:{':'.join(perm_codenames)}:{use_tree_hierarchy}",
            lambda: list(compute(user, perm_codenames, use_tree_hierarchy)),
            per_language=False,
        )

    def readable_forum_ids(self, user) -> list[int]:
        """The ids of the forums `user` may read, in order (search keeps to them). For
        visitors, remembered like the rest until the next change."""
        from machina.apps.forum.models import Forum

        def readable() -> list[int]:
            return sorted(forum.pk for forum in self.get_readable_forums(Forum.objects.all(), user))

        if user.is_anonymous:
            return remember("forum-visitors:readable-ids", readable, per_language=False)
        return readable()

    def can_add_post(self, topic, user):
        """machina's, and only into a topic she may read: a topic waiting for a moderator,
        or hidden after members' reports, takes replies from its author and its forum's
        moderators only (machina asks only whether she may reply in the forum)."""
        its_author = user.is_authenticated and topic.poster_id == user.pk
        if not (topic.approved or its_author or self.can_approve_posts(topic.forum, user)):
            return False
        return super().can_add_post(topic, user)


def visible(items, request, topic: str = "topic__"):
    """Of `items` (posts, or topics with topic=""), those the reader may see in a list: an
    approved post of an approved topic, as on the topic's own page; besides, her own, and
    all of the forums she moderates."""
    user = request.user
    shown = Q(**{f"{topic}approved": True}) & (Q(approved=True) if topic else Q())
    if user.is_authenticated:
        moderated = request.forum_permission_handler.get_moderation_queue_forums(user)
        shown |= Q(poster=user) | Q(**{f"{topic}forum__in": [forum.pk for forum in moderated]})
    return items.filter(shown)
