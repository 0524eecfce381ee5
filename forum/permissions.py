"""machina's permission handler, with what is the same for every visitor worked out once."""

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
