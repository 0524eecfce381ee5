"""Which forum posts search knows (forum/search.py), through the moderators' own actions: a
waiting topic approved, a hidden first post shown again, a renamed or moved topic; and
rebuild_search applying the rule to every post again. The portal's search page is the only one:
machina's own (forum_search) is not installed."""

from django.core.management import call_command
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post

from forum.models import PostSearchEntry
from forum.search import refresh_entries
from tests.forum.test_forum import member, start_topic
from tests.forum.test_forum_search import forum_results, post_in


def test_a_waiting_topic_approved_by_a_moderator_is_found(client, homes, questions):
    client.force_login(member("amal", "أمل"))
    start_topic(client, questions, "سؤال عن النفقة", "متى تصرف النفقة للمطلقات؟")
    post = Post.objects.get(subject="سؤال عن النفقة")
    assert not post.approved and forum_results(client, "النفقة") == ""

    client.force_login(member("editor", "المشرفة", "Moderators"))
    client.post(f"/ar/forum/moderation/queue/{post.pk}/approve/")
    client.logout()
    assert "سؤال عن النفقة" in forum_results(client, "المطلقات")


def test_a_hidden_first_post_shown_again_brings_its_replies_back(client, homes, questions):
    first = post_in(questions, "عن السكن", "أبحث عن سكن قريب من العمل")
    reply = Post.objects.create(
        topic=first.topic, poster=first.poster, subject="رد", content="جربي مكتب الإسكان البلدي"
    )
    first.approved = False  # hidden (reports, or a moderator): the whole topic leaves search
    first.save()
    assert forum_results(client, "الإسكان") == ""

    first = Post.objects.select_related("topic").get(pk=first.pk)
    first.approved = True  # the moderator dismisses the reports
    first.save()
    assert "عن السكن" in forum_results(client, "الإسكان")
    assert PostSearchEntry.objects.filter(post__in=[first, reply]).count() == 2


def test_a_renamed_or_moved_topic_is_found_under_its_new_name_and_forum(homes, questions):
    post = post_in(questions, "عنوان أول", "نص المشاركة")
    post = Post.objects.select_related("topic").get(pk=post.pk)
    post.subject = "عنوان جديد"  # the first post's subject is the topic's
    post.save()
    assert PostSearchEntry.objects.get(post=post).subject == "عنوان جديد"

    work = Forum.objects.get(name="Women's work")
    topic = post.topic
    topic.refresh_from_db()
    topic.forum = work
    topic.save()
    assert PostSearchEntry.objects.get(post=post).forum_id == work.pk


def test_rebuild_search_repairs_missing_and_stale_entries(homes, questions):
    kept = post_in(questions, "موضوع", "نص")
    waiting = post_in(questions, "ينتظر", "نص آخر", approved=False)
    PostSearchEntry.objects.filter(post=kept).delete()  # missed, as before approvals counted
    PostSearchEntry.objects.create(
        post=waiting, forum=questions, subject="ينتظر", text="نص آخر", created=waiting.created
    )
    call_command("rebuild_search", stdout=open("/dev/null", "w"))
    assert list(PostSearchEntry.objects.values_list("post_id", flat=True)) == [kept.pk]
    assert refresh_entries() == (0, 0)  # nothing left to do


def test_the_forum_has_no_search_of_its_own(client, homes, questions):
    """machina's own search (forum_search, on haystack) is not installed: its address is not
    found, no forum page links to it, and the portal's search page finds the post."""
    post_in(questions, "سؤال عن النفقة", "متى تصرف النفقة للمطلقات؟")
    assert client.get("/ar/forum/search/", {"q": "النفقة"}).status_code == 404
    assert "/forum/search/" not in client.get("/ar/forum/").content.decode()
    assert "سؤال عن النفقة" in forum_results(client, "النفقة")
