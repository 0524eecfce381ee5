"""Reports and moderation as each person meets them: the member who reports, the author
of the post, the moderator; and a new member whose first posts wait."""

import html
import re

import pytest
from django.core import mail
from machina.apps.forum_conversation.models import Post, Topic

from forum.models import ModerationLogEntry
from tests.forum.test_forum import member, start_topic
from tests.forum.test_reports import report
from tests.forum.test_waiting_topics import topic_url
from women_portal.accounts.privacy import forget


@pytest.fixture
def moderator(homes):
    return member("moderator", "المشرفة", "Moderators")


def page_text(response) -> str:
    return html.unescape(response.content.decode())


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_the_report_form_has_no_empty_reason_chosen_in_advance(client, post):
    client.force_login(member("reader", "قارئة"))
    form = client.get(f"/ar/forum/report/{post.pk}/").content.decode()
    radios = re.findall(r'<input type="radio"[^>]*>', form)
    assert len(radios) == 4
    assert not [radio for radio in radios if 'value=""' in radio or "checked" in radio]
    assert "---------" not in form


def test_a_topic_hidden_by_reports_makes_sense_to_reporter_author_and_moderator(
    client, post, moderator, django_capture_on_commit_callbacks
):
    author, topic = post.poster, post.topic
    report(client, member("r1", "قارئة أولى"), post)
    with django_capture_on_commit_callbacks(execute=True):
        response = report(client, member("r2", "قارئة ثانية"), post)
    # The reporter: thanked, on a page that exists (the topic is hidden now).
    assert response.status_code == 302
    landing = client.get(response["Location"])
    assert landing.status_code == 200
    assert any("شكرا" in message for message in messages_of(landing))
    # The moderators: told by e-mail, with the reports page.
    [notice] = [message for message in mail.outbox if moderator.email in message.to]
    assert "/forum/moderation/reports/" in notice.body
    assert "رقم هاتفها" not in notice.body  # no post text in a mail
    # The author: her topic, her post in it, and why nobody else sees it.
    client.force_login(author)
    own = page_text(client.get(topic_url(topic)))
    assert "رقم هاتفها" in own and "مخفية بعد بلاغات العضوات" in own
    # The moderator: the reports page, linked from the forum's bar, one card with 2 reports.
    client.force_login(moderator)
    forum_page = client.get("/ar/forum/").content.decode()
    assert "/ar/forum/moderation/reports/" in forum_page
    reports_page = page_text(client.get("/ar/forum/moderation/reports/"))
    cards = re.findall(r'<article class="card">.*?</article>', reports_page, re.S)
    assert len(cards) == 1
    assert "(بلاغان)" in cards[0]  # Arabic's dual: two reports
    # … and not in the approval queue, as if it were a new topic.
    queue = page_text(client.get("/ar/forum/moderation/queue/"))
    assert "موضوع مبلغ عنه" not in queue


def test_a_new_members_post_one_message_a_label_then_an_email_when_approved(
    client, homes, questions, moderator, django_capture_on_commit_callbacks
):
    author = member("newcomer", "نجلاء")
    client.force_login(author)
    response = start_topic(client, questions, "سؤالي الأول", "نص سؤالي")
    landing = client.get(response["Location"])
    said = messages_of(landing)
    assert len(said) == 1 and "مشرفة" in said[0]
    topic = Topic.objects.get(subject="سؤالي الأول")
    assert "في انتظار المراجعة" in page_text(client.get(topic_url(topic)))
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/ar/forum/moderation/queue/{topic.first_post_id}/approve/")
    assert Post.objects.get(pk=topic.first_post_id).approved
    [told] = [message for message in mail.outbox if author.email in message.to]
    assert "نجلاء" in told.body and "newcomer" not in told.body


def test_deleting_her_account_withdraws_what_still_waits(client, homes, questions, moderator):
    author = member("leaving", "مغادرة")
    client.force_login(author)
    start_topic(client, questions, "موضوع لم يُنشر", "نص ينتظر")
    waiting = Post.objects.get(subject="موضوع لم يُنشر")
    forget(author)
    assert not Post.objects.filter(pk=waiting.pk).exists()
    assert not Topic.objects.filter(subject="موضوع لم يُنشر").exists()


def test_the_moderation_log_shows_text_not_markdown(client, post, moderator):
    post.content = "**مهم جدا** [رابط](https://example.org)"
    post.save()
    client.force_login(moderator)
    client.post(f"/ar/forum/moderation/reports/{post.pk}/hide/", {"reason": "تجربة"})
    summary = ModerationLogEntry.objects.get(action="hide").summary
    assert "مهم جدا رابط" in summary and "**" not in summary and "](" not in summary
