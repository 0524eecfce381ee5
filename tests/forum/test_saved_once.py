"""A message sent twice (a double tap, or "send again" after the site was briefly down) is
saved once, and the second send shows where the first is; a different message, or the same
one much later, is a new post."""

from datetime import timedelta

from django.utils import timezone
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.test_forum import form_fields, member


def send_twice(client, url: str, fields: dict):
    data = {**form_fields(client.get(url).content.decode()), **fields}
    return client.post(url, data), client.post(url, data, follow=True)


def test_a_topic_sent_twice_is_saved_once(client, homes, questions):
    client.force_login(member("amal", "أمل"))
    url = f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/create/"
    fields = {"subject": "سؤال عن المنحة", "content": "متى تُصرف؟", "topic_type": "0"}

    first, second = send_twice(client, url, fields)

    assert first.status_code == 302
    assert Topic.objects.filter(subject="سؤال عن المنحة").count() == 1
    assert Post.objects.filter(content="متى تُصرف؟").count() == 1
    assert second.redirect_chain[0][0] == first.url  # where the first one went
    assert "لقد أرسلتِ هذه الرسالة من قبل" in second.content.decode()


def test_a_reply_sent_twice_is_saved_once_but_a_new_reply_is_saved(client, homes, questions):
    amal = member("amal", "أمل")
    topic = Topic.objects.create(forum=questions, poster=amal, subject="موضوع", type=0, status=0)
    Post.objects.create(topic=topic, poster=amal, subject="موضوع", content="البداية")
    client.force_login(member("salma", "سلمى"))
    url = f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/{topic.slug}-{topic.pk}/post/create/"

    send_twice(client, url, {"subject": "Re: موضوع", "content": "ردّي"})
    assert topic.posts.filter(content="ردّي").count() == 1

    send_twice(client, url, {"subject": "Re: موضوع", "content": "ردّ آخر"})
    assert topic.posts.filter(content="ردّ آخر").count() == 1

    topic.posts.filter(content="ردّي").update(created=timezone.now() - timedelta(hours=1))
    send_twice(client, url, {"subject": "Re: موضوع", "content": "ردّي"})
    assert topic.posts.filter(content="ردّي").count() == 2  # the same words, an hour later
