"""machina's member views, showing of a member's posts only what the reader may see there.

machina lists every post a member wrote in the forums the reader may read, waiting and
hidden ones included (the list of her posts), and every approved post even in a topic that
is itself waiting or hidden (her profile's recent posts). Here both keep to
`visible`, as the topic's own page does. machina finds these views through its
override mechanism; the others stay machina's."""

from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post
from machina.apps.forum_member import views as machina
from machina.conf import settings as machina_settings

from forum.permissions import visible


class UserPostsView(machina.UserPostsView):
    def get_queryset(self):
        return visible(super().get_queryset(), self.request)


class ForumProfileDetailView(machina.ForumProfileDetailView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        forums = request.forum_permission_handler.get_readable_forums(
            Forum.objects.all(), request.user
        )
        posts = Post.objects.select_related("topic__forum").filter(
            topic__forum__in=forums, poster=self.object.user
        )
        recent = visible(posts, request).order_by("-created")
        context["recent_posts"] = recent[: machina_settings.PROFILE_RECENT_POSTS_NUMBER]
        return context


class TopicSubscriptionListView(machina.TopicSubscriptionListView):
    def get_queryset(self):
        return visible(super().get_queryset(), self.request, topic="")
