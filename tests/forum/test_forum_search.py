"""Forum posts in the site's search: approved posts of forums the reader may read, only."""

import re

import pytest
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.test_forum import closed_to_visitors, member


def forum_results(client, query: str) -> str:
    html = client.get("/ar/search/", {"q": query, "group": "forum"}).content.decode()
    return " ".join(re.findall(r'<ol class="results">(.*?)</ol>', html, re.S))


def post_in(forum, subject: str, text: str, approved: bool = True):
    author = member(f"author{Post.objects.count()}", f"كاتبة {Post.objects.count()}")
    topic = Topic.objects.create(
        forum=forum, poster=author, subject=subject, type=0, status=0, approved=approved
    )
    return Post.objects.create(
        topic=topic, poster=author, subject=subject, content=text, approved=approved
    )


def staff_forum():
    """A forum visitors may not read."""
    return closed_to_visitors(Forum.objects.create(name="منتدى الموظفات", type=Forum.FORUM_POST))


@pytest.fixture
def questions(db):
    return Forum.objects.get(name="Questions and help")


def test_a_word_only_in_a_forum_post_finds_the_thread(client, homes, questions):
    post_in(questions, "سؤال عن المنحة", "هل تشمل منحة العائلات المعوزة الأرامل في القرى؟")
    found = forum_results(client, "الأرامل")
    assert "سؤال عن المنحة" in found and "<mark>الأرامل</mark>" in found
    assert "?post=" in found


def test_waiting_hidden_and_deleted_posts_are_not_found(client, homes, questions):
    post_in(questions, "ينتظر", "كلمة سرية أولى", approved=False)
    hidden = post_in(questions, "مخفي", "كلمة سرية ثانية")
    hidden.approved = False
    hidden.save()
    deleted = post_in(questions, "محذوف", "كلمة سرية ثالثة")
    assert "محذوف" in forum_results(client, "ثالثة")
    deleted.delete()
    for word in ("أولى", "ثانية", "ثالثة"):
        assert forum_results(client, f"سرية {word}") == ""


def test_posts_of_a_forum_the_reader_may_not_read_are_not_found(client, homes, db):
    staff = staff_forum()
    post_in(staff, "اجتماع داخلي", "جدول أعمال الاجتماع الداخلي")
    assert forum_results(client, "جدول أعمال") == ""
    client.force_login(member("editor", "المشرفة", "Moderators"))
    assert "اجتماع داخلي" in forum_results(client, "جدول أعمال")


def test_results_found_for_a_moderator_are_never_shown_to_a_visitor(client, homes, db):
    """The results are rendered once for each set of forums readers may read: what a
    moderator was shown is not what a visitor gets for the same words."""
    staff = staff_forum()
    post_in(staff, "اجتماع داخلي", "جدول أعمال الاجتماع الداخلي")
    client.force_login(member("editor", "المشرفة", "Moderators"))
    assert "اجتماع داخلي" in forum_results(client, "جدول أعمال")
    client.logout()
    assert forum_results(client, "جدول أعمال") == ""
    assert "اجتماع داخلي" not in client.get("/ar/search/", {"q": "جدول أعمال"}).content.decode()
