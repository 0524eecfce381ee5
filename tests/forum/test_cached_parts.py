"""What a topic page or a list of topics shows everyone alike is rendered once per change
(pagecache's cached parts); what differs from one reader to another never comes from it."""

import pytest
from django.urls import reverse
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.test_forum import closed_to_visitors, member


@pytest.fixture
def topic(post):
    return post.topic


def topic_url(topic) -> str:
    forum = topic.forum
    return f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/"


def forum_url(forum) -> str:
    return f"/ar/forum/forum/{forum.slug}-{forum.pk}/"


def page_for(client, user, url: str) -> str:
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_each_reader_sees_her_own_buttons_on_posts_already_rendered(client, homes, topic, post):
    author = post.poster
    other = member("other", "قارئة أخرى")
    edit = reverse(
        "forum_conversation:topic_update",
        args=[topic.forum.slug, topic.forum.pk, topic.slug, topic.pk],
    )
    report = reverse("forum_report", args=[post.pk])

    as_author = page_for(client, author, topic_url(topic))
    assert edit in as_author and report not in as_author
    as_other = page_for(client, other, topic_url(topic))
    assert edit not in as_other and report in as_other
    as_visitor = page_for(client, None, topic_url(topic))
    assert edit not in as_visitor and report not in as_visitor
    assert "رقم هاتفها هو" in as_visitor  # the same post, from the cached part


def test_a_new_pseudonym_shows_at_once_on_her_posts(client, homes, topic, post):
    assert "الكاتبة" in page_for(client, None, topic_url(topic))
    profile = post.poster.profile
    profile.pseudonym = "اسم مستعار جديد"
    profile.save()
    assert "اسم مستعار جديد" in page_for(client, None, topic_url(topic))


def test_a_reply_shows_at_once(client, homes, topic, post):
    page_for(client, None, topic_url(topic))
    Post.objects.create(topic=topic, poster=post.poster, subject="رد", content="رد جديد تماما")
    assert "رد جديد تماما" in page_for(client, None, topic_url(topic))


def test_each_member_sees_which_topics_she_has_not_read(client, homes, topic):
    reader, other = member("reader", "قارئة"), member("other", "أخرى")
    unread_mark = "topic-icon unread"
    assert unread_mark in page_for(client, reader, forum_url(topic.forum))
    page_for(client, reader, topic_url(topic))  # read now
    assert unread_mark not in page_for(client, reader, forum_url(topic.forum))
    assert unread_mark in page_for(client, other, forum_url(topic.forum))
    assert Topic.objects.filter(forum=topic.forum).count() == 1


def test_a_forum_closed_to_visitors_leaves_their_forum_list_at_once(client, homes, topic):
    """Which forums visitors may see is kept until the next change (forum/permissions.py):
    a permission changed is one."""
    forum = topic.forum
    assert forum_url(forum) in page_for(client, None, "/ar/forum/")
    closed_to_visitors(forum, ("can_see_forum", "can_read_forum"))
    assert forum_url(forum) not in page_for(client, None, "/ar/forum/")
    assert client.get(forum_url(forum)).status_code in (302, 403)
