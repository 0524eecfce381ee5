"""machina's reading views — the forum index, a forum's page of topics, a topic's page of
posts — making as many SQL queries with 50,000 posts as with 5.

machina fetches, one query each, every name it shows (a pseudonym is on the member's
Profile, women_portal/accounts), the topic of each forum's last post, and the forums above
each unread forum. Here they come with the page's own queries. machina takes these views
through its override mechanism: IndexView and ForumView from this package's `__init__.py`,
TopicView as the base of forum/forum_conversation/views.py's.
"""

from django.db.models import prefetch_related_objects
from django.shortcuts import get_object_or_404
from machina.apps.forum import views as machina_forum
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation import views as machina_conversation
from machina.apps.forum_conversation.models import Topic
from machina.apps.forum_tracking.models import ForumReadTrack
from machina.core.loading import get_class

ForumVisibilityContentTree = get_class("forum.visibility", "ForumVisibilityContentTree")

# What a list of topics or posts shows of the people who wrote them.
TOPIC_NAMES = ("poster__profile", "last_post__poster__profile")
POST_NAMES = ("poster__profile", "updated_by__profile")


def unread_forums(tree, user) -> list:
    """machina's ForumReadTrackManager.get_unread_forums_from_list, with the forums above an
    unread forum taken from the tree in memory rather than a query for each."""
    if not user.is_authenticated:
        return []
    marks = dict(
        ForumReadTrack.objects.filter(user=user, forum__in=tree.forums).values_list(
            "forum_id", "mark_time"
        )
    )
    unread = {}
    for node in tree.nodes:
        forum = node.obj
        if forum.pk in marks:
            is_unread = bool(node.last_post_on and marks[forum.pk] < node.last_post_on)
        else:
            is_unread = forum.direct_topics_count > 0
        while is_unread and node is not None:
            unread[node.obj.pk] = node.obj
            node = node.parent
    return list(unread.values())


class IndexView(machina_forum.IndexView):
    def get_queryset(self):
        forums = Forum.objects.select_related("last_post__topic", "last_post__poster__profile")
        return ForumVisibilityContentTree.from_forums(
            self.request.forum_permission_handler.forum_list_filter(forums, self.request.user)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tree = context["forums"]
        context["unread_forums"] = unread_forums(tree, self.request.user)
        if tree.root_level is not None:  # what machina's forum_list tag gives its template
            context["root_level"] = tree.root_level
            context["root_level_middle"] = tree.root_level + 1
            context["root_level_sub"] = tree.root_level + 2
        return context


class ForumView(machina_forum.ForumView):
    def get_queryset(self):
        """machina's approved topics, and for a member her own that are not public (waiting
        for a moderator, or hidden after reports): labelled in the list, opened by her."""
        topics = super().get_queryset()
        user = self.request.user
        if user.is_authenticated:
            topics = topics | self.forum.topics.filter(approved=False, poster=user).exclude(
                type=Topic.TOPIC_ANNOUNCE
            )
        return topics.select_related(*TOPIC_NAMES)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        prefetch_related_objects(context["announces"], *TOPIC_NAMES)
        return context


class TopicView(machina_conversation.TopicView):
    def get_topic(self):
        if not hasattr(self, "topic"):  # with its first post: the page asks if each post is
            topics = Topic.objects.select_related("forum", "first_post")
            self.topic = get_object_or_404(topics, pk=self.kwargs["pk"])
        return self.topic

    def get_queryset(self):
        return super().get_queryset().select_related(*POST_NAMES)
