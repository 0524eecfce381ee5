"""What a member writes reaches readers only through moderation, whatever page lists it:
her list of posts, her profile, the feeds, the reply form. A waiting topic, and a post or
topic hidden after members' reports, show to nobody but the author and the moderators
(found by an outside probe: the member's posts page showed them to anyone)."""

import xml.dom.minidom

import pytest
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.test_forum import member, reply, start_topic
from tests.forum.test_waiting_topics import topic_url

WAITING = "موضوعها ينتظر المشرفة"
WAITING_TEXT = "نص لم تقرأه المشرفة بعد"
HIDDEN = "رد أخفته البلاغات"


@pytest.fixture
def author(homes):
    return member("new-member", "عضوة جديدة")


@pytest.fixture
def waiting(client, author, questions):
    client.force_login(author)
    start_topic(client, questions, WAITING, WAITING_TEXT)
    client.logout()
    topic = Topic.objects.get(subject=WAITING)
    assert not topic.approved
    return topic


@pytest.fixture
def hidden_reply(author, questions):
    """An approved topic with her reply, hidden after members' reports; and a topic whose
    first post was hidden, taking the topic (and its approved replies) with it."""
    topic = Topic.objects.create(forum=questions, poster=author, subject="سؤال", type=0, status=0)
    Post.objects.create(topic=topic, poster=author, subject="سؤال", content="نص")
    Post.objects.create(topic=topic, poster=author, subject=HIDDEN, content=HIDDEN, approved=False)
    closed = Topic.objects.create(
        forum=questions, poster=author, subject="موضوع مخفي", type=0, status=0
    )
    first = Post.objects.create(topic=closed, poster=author, subject="موضوع مخفي", content="x")
    Post.objects.create(topic=closed, poster=author, subject="رد في موضوع مخفي", content="y")
    first.approved = False
    first.save()
    return topic


def listings(author) -> list[str]:
    return [
        f"/ar/forum/member/profile/{author.pk}/posts/",
        f"/ar/forum/member/profile/{author.pk}/posts/?page=1",
        f"/ar/forum/member/profile/{author.pk}/",
        "/ar/forum/feeds/topics/",
    ]


SECRET = (WAITING, WAITING_TEXT, HIDDEN, "موضوع مخفي", "رد في موضوع مخفي")


def shown(client, author) -> set[str]:
    seen = set()
    for url in listings(author):
        response = client.get(url)
        assert response.status_code == 200, url
        seen |= {text for text in SECRET if text in response.content.decode()}
    return seen


def test_readers_and_other_members_never_see_waiting_or_hidden_posts(
    client, author, waiting, hidden_reply
):
    assert shown(client, author) == set()
    client.force_login(member("another", "قارئة"))
    assert shown(client, author) == set()


def test_the_author_and_moderators_still_see_them_in_her_list(
    client, author, waiting, hidden_reply
):
    for viewer in (author, member("moderator", "المشرفة", "Moderators")):
        client.force_login(viewer)
        page = client.get(f"/ar/forum/member/profile/{author.pk}/posts/").content.decode()
        assert WAITING in page and HIDDEN in page


def test_nobody_replies_into_a_waiting_topic_but_its_moderators(client, waiting):
    form = topic_url(waiting) + "post/create/"
    client.force_login(member("intruder", "دخيلة"))
    response = client.get(form)
    assert response.status_code in (403, 404) and WAITING not in response.content.decode()
    response = reply(client, waiting, "ردي")
    assert response.status_code in (403, 404)
    assert not Post.objects.filter(topic=waiting, content="ردي").exists()
    client.force_login(member("moderator", "المشرفة", "Moderators"))
    assert client.get(form).status_code == 200


def test_a_title_with_a_control_character_is_refused_and_never_breaks_the_feeds(
    client, author, questions
):
    questions_feed = f"/ar/forum/feeds/forum/{questions.slug}-{questions.pk}/topics/"
    client.force_login(author)
    response = start_topic(client, questions, "سؤال\x01خفي", "نص")
    assert response.status_code == 200  # the form again, with its message
    assert "control characters" in response.content.decode() or "تحكم" in (
        response.content.decode()
    )
    assert not Topic.objects.filter(subject__contains="\x01").exists()
    # One that got in anyway (written before this check, or by another way in).
    topic = Topic.objects.create(
        forum=questions, poster=author, subject="عنوان\x01\x1fمكسور", type=0, status=0
    )
    Post.objects.create(topic=topic, poster=author, subject=topic.subject, content="\x02نص")
    client.logout()
    for url in ("/ar/forum/feeds/topics/", questions_feed, questions_feed + "all/"):
        response = client.get(url)
        assert response.status_code == 200, url
        feed = xml.dom.minidom.parseString(response.content)  # well-formed XML
        titles = [node.firstChild.data for node in feed.getElementsByTagName("title")]
        assert any(title.endswith("عنوانمكسور") for title in titles), url
