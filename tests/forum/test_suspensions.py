"""A moderator suspends a member for a while or bans her: she still reads, cannot write."""

import html
from datetime import timedelta

import pytest
from django.utils import timezone
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Topic

from forum.models import ModerationLogEntry, Suspension
from tests.forum.test_forum import member, start_topic


@pytest.fixture
def questions(db):
    return Forum.objects.get(name="Questions and help")


def test_a_suspended_member_reads_but_cannot_write_until_the_end(client, homes, post, questions):
    moderator = member("editor", "المشرفة", "Moderators")
    client.force_login(moderator)
    client.post(f"/ar/forum/moderation/suspend/{post.pk}/", {"length": "7", "reason": "إساءة"})
    entry = ModerationLogEntry.objects.get(action="suspend-7-days")
    assert entry.moderator == moderator and entry.reason == "إساءة"

    client.force_login(post.poster)
    response = start_topic(client, questions, "موضوع جديد", "نص لا يضيع")
    page = html.unescape(response.content.decode())
    assert "أوقفت مشرفة كتابتك" in page and "نص لا يضيع" in page
    assert not Topic.objects.filter(subject="موضوع جديد").exists()
    assert client.get("/ar/forum/").status_code == 200  # still reads

    Suspension.objects.update(until=timezone.now() - timedelta(minutes=1))  # a week later
    start_topic(client, questions, "موضوع جديد", "نص")
    assert Topic.objects.filter(subject="موضوع جديد").exists()


def test_a_ban_has_no_end(client, homes, post, questions):
    client.force_login(member("editor", "المشرفة", "Moderators"))
    client.post(f"/ar/forum/moderation/suspend/{post.pk}/", {"length": "ban", "reason": ""})
    assert Suspension.objects.get().until is None
    assert ModerationLogEntry.objects.filter(action="ban").exists()
    client.force_login(post.poster)
    start_topic(client, questions, "موضوع", "نص")
    assert not Topic.objects.filter(subject="موضوع").exists()


@pytest.mark.parametrize("length", ["7", "forever", "-1"])
def test_only_moderators_suspend_and_only_known_lengths(client, homes, post, length):
    client.force_login(member("reader", "قارئة"))
    assert (
        client.post(f"/ar/forum/moderation/suspend/{post.pk}/", {"length": "7"}).status_code == 404
    )
    client.force_login(member("editor", "المشرفة", "Moderators"))
    client.post(f"/ar/forum/moderation/suspend/{post.pk}/", {"length": length})
    assert Suspension.objects.exists() == (length == "7")
