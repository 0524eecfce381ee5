"""Every moderator action is in the moderation log — machina's own (lock, unlock, move, delete
and change the type of a topic; approve or reject a queued post; edit or delete someone
else's post) as well as ours — with who did it and when; members and anonymous readers can
do none of them, and nothing is logged when they try."""

import pytest
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from forum.models import ModerationLogEntry
from tests.forum.test_forum import form_fields, member


@pytest.fixture
def moderator(db):
    return member("editor", "المشرفة", "Moderators")


@pytest.fixture
def reply(post):
    """A second post in the topic, by another member."""
    return Post.objects.create(
        topic=post.topic,
        poster=member("writer", "الكاتبة الثانية"),
        subject="رد",
        content="ردي الأول على الموضوع",
    )


def moderation_url(topic, what: str) -> str:
    return f"/ar/forum/moderation/topic/{topic.slug}-{topic.pk}/{what}/"


def conversation_url(post, what: str) -> str:
    topic, forum = post.topic, post.topic.forum
    return f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/{what}"


def post_url(post, what: str) -> str:
    return conversation_url(post, f"{post.pk}/post/{what}/")


def only_entry(action: str, moderator) -> ModerationLogEntry:
    entry = ModerationLogEntry.objects.get()
    assert entry.action == action and entry.moderator == moderator and entry.created
    assert entry.action in ModerationLogEntry.LABELS  # has a human label
    return entry


def set_topic(topic, **fields):
    Topic.objects.filter(pk=topic.pk).update(**fields)


# What | URL to post to | state before | data | how the topic is afterwards
TOPIC_ACTIONS = [
    ("lock", "lock", {}, {}, lambda topic: topic.is_locked),
    ("unlock", "unlock", {"status": Topic.TOPIC_LOCKED}, {}, lambda topic: not topic.is_locked),
    ("make-sticky", "change/sticky", {}, {}, lambda topic: topic.is_sticky),
    ("make-announce", "change/announce", {}, {}, lambda topic: topic.is_announce),
    (
        "make-normal",
        "change/topic",
        {"type": Topic.TOPIC_STICKY},
        {},
        lambda topic: topic.type == Topic.TOPIC_POST,
    ),
]


@pytest.mark.parametrize(("action", "url", "before", "data", "done"), TOPIC_ACTIONS)
def test_topic_actions_are_logged(client, homes, post, moderator, action, url, before, data, done):
    set_topic(post.topic, **before)
    client.force_login(moderator)
    response = client.post(moderation_url(post.topic, url), data)
    assert response.status_code == 302
    assert done(Topic.objects.get(pk=post.topic.pk))
    entry = only_entry(action, moderator)
    assert entry.post == post and "موضوع مبلغ عنه" in entry.summary and entry.reason == ""


def test_moving_a_topic_is_logged_with_where_from_and_to(client, homes, post, moderator):
    work = Forum.objects.get(name="Women's work")
    client.force_login(moderator)
    client.post(moderation_url(post.topic, "move"), {"forum": work.pk})
    assert Topic.objects.get(pk=post.topic.pk).forum == work
    entry = only_entry("move", moderator)
    assert entry.post == post
    assert "أسئلة ومساعدة → عمل المرأة" in entry.summary  # in the moderator's language


def test_moving_and_locking_a_topic_logs_both(client, homes, post, moderator):
    work = Forum.objects.get(name="Women's work")
    client.force_login(moderator)
    client.post(moderation_url(post.topic, "move"), {"forum": work.pk, "lock_topic": "on"})
    assert Topic.objects.get(pk=post.topic.pk).is_locked
    assert set(ModerationLogEntry.objects.values_list("action", flat=True)) == {"move", "lock"}


def test_deleting_a_topic_is_logged_and_the_log_keeps_what_it_was(client, homes, post, moderator):
    client.force_login(moderator)
    response = client.post(moderation_url(post.topic, "delete"))
    assert response.status_code == 302
    assert not Topic.objects.filter(pk=post.topic.pk).exists()
    entry = only_entry("delete-topic", moderator)
    assert entry.post is None and "رقم هاتفها" in entry.summary


def test_approving_a_queued_post_is_logged(client, homes, post, moderator):
    Post.objects.filter(pk=post.pk).update(approved=False)
    client.force_login(moderator)
    client.post(f"/ar/forum/moderation/queue/{post.pk}/approve/")
    assert Post.objects.get(pk=post.pk).approved
    assert only_entry("approve", moderator).post == post


def test_rejecting_a_queued_post_is_logged_and_the_log_keeps_what_it_was(
    client, homes, post, reply, moderator
):
    Post.objects.filter(pk=reply.pk).update(approved=False)
    client.force_login(moderator)
    client.post(f"/ar/forum/moderation/queue/{reply.pk}/disapprove/")
    assert not Post.objects.filter(pk=reply.pk).exists()
    entry = only_entry("disapprove", moderator)
    assert entry.post is None and "ردي الأول" in entry.summary


def test_a_moderator_deleting_someone_elses_post_is_logged(client, homes, post, reply, moderator):
    client.force_login(moderator)
    response = client.post(post_url(reply, "delete"))
    assert response.status_code == 302
    assert not Post.objects.filter(pk=reply.pk).exists()
    entry = only_entry("delete", moderator)
    assert entry.post is None and "ردي الأول" in entry.summary


def edit(client, url: str, **fields):
    data = {**form_fields(client.get(url).content.decode()), **fields}
    return client.post(url, data)


def test_a_moderator_editing_someone_elses_post_is_logged_with_what_it_was(
    client, homes, post, reply, moderator
):
    client.force_login(moderator)
    response = edit(
        client,
        post_url(reply, "update"),
        subject="رد",
        content="[حذف رقم هاتف]",
        update_reason="معلومات شخصية",
    )
    assert response.status_code == 302
    assert Post.objects.get(pk=reply.pk).content.raw == "[حذف رقم هاتف]"
    entry = only_entry("edit", moderator)
    assert entry.post == reply and entry.reason == "معلومات شخصية"
    assert "ردي الأول" in entry.summary  # as it was before the edit


def test_a_moderator_editing_a_topic_and_making_it_sticky_logs_both(client, homes, post, moderator):
    client.force_login(moderator)
    edit(
        client,
        conversation_url(post, "update/"),
        subject="موضوع مبلغ عنه",
        content="رقم هاتفها محذوف",
        topic_type=str(Topic.TOPIC_STICKY),
    )
    assert Topic.objects.get(pk=post.topic.pk).is_sticky
    actions = set(ModerationLogEntry.objects.values_list("action", flat=True))
    assert actions == {"edit", "make-sticky"}


def test_a_moderator_locking_a_topic_from_her_reply_is_logged(client, homes, post, moderator):
    client.force_login(moderator)
    url = conversation_url(post, "post/create/")
    edit(client, url, subject="رد المشرفة", content="نغلق الموضوع هنا.", lock_topic="on")
    assert Topic.objects.get(pk=post.topic.pk).is_locked
    assert only_entry("lock", moderator).post == post


def test_members_changing_their_own_posts_and_moderators_writing_are_not_logged(
    client, homes, post, reply, moderator
):
    client.force_login(reply.poster)
    edit(client, post_url(reply, "update"), subject="رد", content="ردي بعد التصحيح")
    assert Post.objects.get(pk=reply.pk).content.raw == "ردي بعد التصحيح"
    client.force_login(moderator)
    url = conversation_url(post, "post/create/")
    edit(client, url, subject="رد المشرفة", content="شكرا على السؤال.")
    mine = Post.objects.get(poster=moderator)
    edit(client, post_url(mine, "update"), subject="رد المشرفة", content="شكرا جزيلا.")
    assert Post.objects.get(pk=mine.pk).content.raw == "شكرا جزيلا."
    assert not ModerationLogEntry.objects.exists()


def state(post, reply):
    topic = Topic.objects.get(pk=post.topic.pk)
    replies = Post.objects.filter(pk=reply.pk).values_list("content", "approved")
    return topic.status, topic.type, topic.forum_id, list(replies)


def all_urls(post, reply, work):
    topic = post.topic
    return [
        (moderation_url(topic, "lock"), {}),
        (moderation_url(topic, "unlock"), {}),
        (moderation_url(topic, "delete"), {}),
        (moderation_url(topic, "move"), {"forum": work.pk}),
        (moderation_url(topic, "change/sticky"), {}),
        (moderation_url(topic, "change/announce"), {}),
        (moderation_url(topic, "change/topic"), {}),
        (f"/ar/forum/moderation/queue/{reply.pk}/approve/", {}),
        (f"/ar/forum/moderation/queue/{reply.pk}/disapprove/", {}),
        (post_url(reply, "update"), {"subject": "رد", "content": "تخريب"}),
        (post_url(reply, "delete"), {}),
    ]


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_members_and_anonymous_readers_cannot_moderate_and_nothing_is_logged(
    client, homes, post, reply, who
):
    Post.objects.filter(pk=reply.pk).update(approved=False)  # in the queue
    work = Forum.objects.get(name="Women's work")
    if who == "member":
        client.force_login(member("reader", "قارئة"))
    before = state(post, reply)
    for url, data in all_urls(post, reply, work):
        response = client.post(url, data)
        if who == "member":
            assert response.status_code == 403, url
        else:
            assert response.status_code == 302, url
            assert "/accounts/login/" in response["Location"], url
    assert state(post, reply) == before
    assert not ModerationLogEntry.objects.exists()


def test_the_reports_page_shows_each_action_with_a_readable_label(client, homes, post, moderator):
    client.force_login(moderator)
    client.post(moderation_url(post.topic, "lock"))
    client.post(moderation_url(post.topic, "change/sticky"))
    page = client.get("/en/forum/moderation/reports/").content.decode()
    assert "<td>Topic locked</td>" in page and "<td>Topic made sticky</td>" in page
    assert "<td>lock</td>" not in page and "<td>make-sticky</td>" not in page
    assert "المشرفة" in page  # who
    arabic = client.get("/ar/forum/moderation/reports/").content.decode()
    assert "<td>أغلق الموضوع</td>" in arabic  # translated


def test_the_reports_pages_own_actions_have_labels_too():
    from forum.reports import ACTIONS
    from forum.sanctions import DURATIONS

    ours = {*ACTIONS, "hidden-by-reports", "ban", *(f"suspend-{days}-days" for days in DURATIONS)}
    assert ours <= set(ModerationLogEntry.LABELS)
