from machina.core.loading import get_class

from women_portal.pagecache.cache import remember

MachinaPermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


class PermissionHandler(MachinaPermissionHandler):
    """machina's, remembering which forums visitors (not signed in) may see and read until
    the next change (pagecache.remember): it is the same for every visitor, and machina works
    it out over the whole forum tree on every forum page. Forums and forum permissions
    changed start a new cache generation (pagecache/signals.py)."""

    def _get_forums_for_user(self, user, perm_codenames, use_tree_hierarchy=False):
        compute = super()._get_forums_for_user
        if not user.is_anonymous:
            return compute(user, perm_codenames, use_tree_hierarchy)
        return remember(
            f"forum-visitors:{':'.join(perm_codenames)}:{use_tree_hierarchy}",
            lambda: list(compute(user, perm_codenames, use_tree_hierarchy)),
            per_language=False,
        )


class ForumPermissionMiddleware:
    """machina's middleware without its session: machina gives every anonymous visitor a key
    stored in a session so she can post or vote anonymously. Here only members write, and a
    session for every reader would keep every page out of the page cache (and a row per
    visitor in the database)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.user.is_authenticated:
            request.user.forum_key = None
        request.forum_permission_handler = PermissionHandler()
        return self.get_response(request)
