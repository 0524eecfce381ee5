"""Per-member rate limits: a clear message, and the text she wrote comes back in the form."""

import html

import pytest
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.test_forum import member, reply, start_topic


@pytest.fixture
def questions(db):
    return Forum.objects.get(name="Questions and help")


def test_too_many_topics_in_a_day(client, homes, questions, settings):
    settings.FORUM_TOPICS_PER_DAY = 1
    client.force_login(member("amal", "أمل"))
    start_topic(client, questions, "الموضوع الأول", "نص أول")
    response = start_topic(client, questions, "الموضوع الثاني", "نص طويل كتبته بعناية")
    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "مواضيع اليوم، وهو أقصى ما يقبله المنتدى" in page
    assert "نص طويل كتبته بعناية" in page and "الموضوع الثاني" in page  # nothing lost
    assert not Topic.objects.filter(subject="الموضوع الثاني").exists()


def test_too_many_posts_in_an_hour(client, homes, questions, settings):
    settings.FORUM_POSTS_PER_HOUR = 2
    client.force_login(member("amal", "أمل"))
    start_topic(client, questions, "موضوع", "المشاركة الأولى")
    topic = Topic.objects.get(subject="موضوع")
    reply(client, topic, "المشاركة الثانية")
    response = reply(client, topic, "المشاركة الثالثة المحفوظة")
    page = html.unescape(response.content.decode())
    assert "المشاركة الثالثة المحفوظة" in page
    assert Post.objects.filter(poster__username="amal").count() == 2


def test_moderators_are_not_limited(client, homes, questions, settings):
    settings.FORUM_TOPICS_PER_DAY = 1
    client.force_login(member("editor", "المشرفة", "Moderators"))
    start_topic(client, questions, "إعلان أول", "نص")
    start_topic(client, questions, "إعلان ثان", "نص")
    assert Topic.objects.filter(poster__username="editor").count() == 2


def test_the_message_is_in_the_readers_language(client, homes, questions, settings):
    settings.FORUM_TOPICS_PER_DAY = 0
    client.force_login(member("amal", "أمل"))
    url = f"/fr/forum/forum/{questions.slug}-{questions.pk}/topic/create/"
    from tests.forum.test_forum import form_fields

    page = client.get(url)
    data = {**form_fields(page.content.decode()), "subject": "Sujet", "content": "Mon texte"}
    response = client.post(url, data)
    text = html.unescape(response.content.decode())
    assert "aujourd'hui" in text and "Mon texte" in text
