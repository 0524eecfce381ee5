"""The forum data of the query-count tests and the benchmark (bulk.py) is what machina and
the portal would have made post by post: counters, last posts, names and search entries."""

from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_member.models import ForumProfile

from forum.models import PostSearchEntry
from tests.forum.bulk import add_members, add_topics, topic_sizes
from tests.forum.test_forum_search import forum_results

TRACKED = ["posts_count", "first_post_id", "last_post_id", "last_post_on"]
FORUM_TRACKED = ["direct_posts_count", "direct_topics_count", "last_post_id", "last_post_on"]


def test_counters_are_those_machina_would_keep(homes):
    forums = list(Forum.objects.order_by("pk")[:3])
    members = add_members(7, prefix="check")
    written = add_topics(forums, topic_sizes(12, 100, largest=20), members, prefix="check")
    assert written.posts == 100 == Post.objects.filter(topic__in=written.topics).count()

    for topic in Topic.objects.filter(pk__in=[t.pk for t in written.topics]):
        stored = [getattr(topic, name) for name in TRACKED]
        topic.update_trackers()  # machina's own, from the posts
        assert stored == [getattr(topic, name) for name in TRACKED]
    for forum in Forum.objects.filter(pk__in=[f.pk for f in forums]):
        stored = [getattr(forum, name) for name in FORUM_TRACKED]
        forum.update_trackers()
        assert stored == [getattr(forum, name) for name in FORUM_TRACKED]
        assert forum.direct_topics_count == 4
    for profile in ForumProfile.objects.filter(user__in=members):
        assert profile.posts_count == Post.objects.filter(poster=profile.user).count() > 0

    post = Post.objects.filter(topic=written.topics[0]).last()
    assert post.content.rendered.startswith("<p>")
    assert PostSearchEntry.objects.filter(post__topic__in=written.topics).count() == 100


def test_bulk_posts_are_shown_and_found(client, homes):
    forum = Forum.objects.get(name="Questions and help")
    topic = add_topics([forum], [20], add_members(20, prefix="shown"), prefix="shown").topics[0]
    forum.refresh_from_db()
    html = client.get(f"/ar/forum/forum/{forum.slug}-{forum.pk}/").content.decode()
    assert topic.subject in html and "shown 19" in html  # the last post's author
    assert topic.subject in forum_results(client, "shown")  # in every post's subject
