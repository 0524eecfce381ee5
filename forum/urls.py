"""machina's URLs (machina/urls.py) less its own search (forum_search, built on haystack,
which is not installed): readers search the forum on the portal's search page, so
/<lang>/forum/search/ is not found. Each app's URLs are still machina's, or our override's
(machina's get_class)."""

from django.urls import include, path
from machina.core.loading import get_class


def urls_of(app: str):
    return get_class(f"{app}.urls", "urlpatterns_factory").urlpatterns


urlpatterns = [
    path("", include(urls_of("forum"))),
    path("", include(urls_of("forum_conversation"))),
    path("feeds/", include(urls_of("forum_feeds"))),
    path("member/", include(urls_of("forum_member"))),
    path("moderation/", include(urls_of("forum_moderation"))),
    path("tracking/", include(urls_of("forum_tracking"))),
]
