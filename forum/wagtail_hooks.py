"""The forum's part of the home page: its latest discussions, as any reader may see them."""

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from machina.apps.forum_conversation.models import Topic
from wagtail import hooks

from forum.permissions import PermissionHandler

LATEST_ON_HOME = 4


@hooks.register("portal_home_sections")
def latest_discussions(request, page):
    # The home page's part is the same for everyone (it is cached once), so it lists what a
    # visitor who is not signed in may read: approved topics of the forums open to her.
    readable = PermissionHandler().readable_forum_ids(AnonymousUser())
    topics = list(
        Topic.approved_objects.filter(forum_id__in=readable)
        .select_related("forum")
        .order_by("-last_post_on", "-pk")[:LATEST_ON_HOME]
    )
    return render_to_string("forum/home_section.html", {"topics": topics}, request=request)
