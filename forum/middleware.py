from .permissions import PermissionHandler


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
