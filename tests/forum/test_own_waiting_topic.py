"""A member's topic waiting for a moderator is in the forum's list for her, labelled, and
for nobody else but the moderators' queue."""

from machina.apps.forum_conversation.models import Topic

from tests.forum.test_forum import member, start_topic

LABEL = "لا يرى هذا الموضوع غيرُكِ وفريقُ الإشراف حتى يُبَتّ فيه."


def test_her_waiting_topic_is_listed_for_her_only_with_its_label(client, homes, questions):
    amal = member("amal", "أمل")
    client.force_login(amal)
    start_topic(client, questions, "سؤال عن السكن", "أين أجد سكنًا مؤقتًا؟")
    assert not Topic.objects.get(subject="سؤال عن السكن").approved  # a new member waits
    forum_page = f"/ar/forum/forum/{questions.slug}-{questions.pk}/"

    html = client.get(forum_page).content.decode()
    assert "سؤال عن السكن" in html and LABEL in html

    client.force_login(member("salma", "سلمى"))
    assert "سؤال عن السكن" not in client.get(forum_page).content.decode()
    client.logout()
    assert "سؤال عن السكن" not in client.get(forum_page).content.decode()
