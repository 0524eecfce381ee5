"""A topic waiting for a moderator, or hidden after reports, cannot be opened by address:
not even its subject shows to anyone but its author and the moderators."""

import pytest
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Topic

from tests.forum.test_forum import member, start_topic

SUBJECT = "اسمها ورقم هاتفها"


@pytest.fixture
def waiting(client, homes):
    questions = Forum.objects.get(name="Questions and help")
    author = member("new-author", "كاتبة جديدة")
    client.force_login(author)
    start_topic(client, questions, SUBJECT, "نص ينتظر المشرفة")
    client.logout()
    topic = Topic.objects.get(subject=SUBJECT)
    assert not topic.approved
    return author, topic


def topic_url(topic) -> str:
    forum = topic.forum
    return f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/"


def test_only_the_author_and_moderators_open_a_waiting_topic(client, waiting):
    author, topic = waiting
    assert client.get(topic_url(topic)).status_code == 404
    client.force_login(member("other-reader", "قارئة أخرى"))
    response = client.get(topic_url(topic))
    assert response.status_code == 404 and SUBJECT not in response.content.decode()
    client.force_login(author)
    assert client.get(topic_url(topic)).status_code == 200
    client.force_login(member("moderator-w", "مشرفة", "Moderators"))
    assert SUBJECT in client.get(topic_url(topic)).content.decode()


def test_an_approved_topic_hidden_again_is_closed_again(client, waiting):
    _author, topic = waiting
    post = topic.first_post
    post.approved = True
    post.save()
    assert client.get(topic_url(topic)).status_code == 200
    post.approved = False  # hidden after members' reports
    post.save()
    assert client.get(topic_url(topic)).status_code == 404
