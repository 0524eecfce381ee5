"""Reports: two members' reports hide a post; a moderator dismisses, hides or deletes; every
decision is in the moderation log."""

import pytest
from machina.apps.forum_conversation.models import Post

from forum.models import ModerationLogEntry, PostReport
from tests.forum.test_forum import member


def report(client, user, post, reason="personal-information"):
    client.force_login(user)
    return client.post(
        f"/ar/forum/report/{post.pk}/", {"reason": reason, "details": "معلومات شخصية"}
    )


def test_two_members_reports_hide_the_post_and_dismissing_restores_it(client, homes, post):
    report(client, member("r1", "قارئة أولى"), post)
    post.refresh_from_db()
    assert post.approved  # one report: still shown
    report(client, member("r2", "قارئة ثانية"), post)
    post.refresh_from_db()
    assert not post.approved  # hidden pending review
    assert ModerationLogEntry.objects.get(action="hidden-by-reports").moderator is None

    moderator = member("editor", "المشرفة", "Moderators")
    client.force_login(moderator)
    page = client.get("/ar/forum/moderation/reports/").content.decode()
    assert "رقم هاتفها" in page and "معلومات شخصية" in page
    client.post(f"/ar/forum/moderation/reports/{post.pk}/dismiss/", {"reason": "ليس رقما حقيقيا"})
    post.refresh_from_db()
    assert post.approved
    entry = ModerationLogEntry.objects.get(action="dismiss")
    assert entry.moderator == moderator and entry.reason == "ليس رقما حقيقيا"
    assert not PostReport.objects.filter(resolved=False).exists()


def test_the_same_member_reporting_twice_counts_once(client, homes, post):
    reader = member("r1", "قارئة")
    report(client, reader, post)
    report(client, reader, post, reason="spam")
    post.refresh_from_db()
    assert post.approved and PostReport.objects.count() == 1


def test_a_moderator_deletes_with_a_reason_and_the_log_keeps_what_it_was(client, homes, post):
    report(client, member("r1", "قارئة"), post)
    client.force_login(member("editor", "المشرفة", "Moderators"))
    client.post(f"/ar/forum/moderation/reports/{post.pk}/delete/", {"reason": "رقم هاتف"})
    assert not Post.objects.filter(pk=post.pk).exists()
    entry = ModerationLogEntry.objects.get(action="delete")
    assert "رقم هاتفها" in entry.summary and entry.reason == "رقم هاتف"


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_only_moderators_see_reports_and_decide(client, homes, post, who):
    if who == "member":
        client.force_login(member("r1", "قارئة"))
    listing = client.get("/ar/forum/moderation/reports/")
    assert listing.status_code in (302, 404)
    client.post(f"/ar/forum/moderation/reports/{post.pk}/hide/")
    post.refresh_from_db()
    assert post.approved and not ModerationLogEntry.objects.exists()


def test_anonymous_readers_cannot_report_and_hidden_posts_cannot_be_reported(client, homes, post):
    response = client.post(f"/ar/forum/report/{post.pk}/", {"reason": "spam"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    post.approved = False
    post.save()
    client.force_login(member("r1", "قارئة"))
    assert client.get(f"/ar/forum/report/{post.pk}/").status_code == 404


def test_members_see_a_report_link_on_others_posts(client, homes, post):
    topic, forum = post.topic, post.topic.forum
    url = f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/"
    client.force_login(member("r1", "قارئة"))
    assert f"/ar/forum/report/{post.pk}/" in client.get(url).content.decode()
    client.force_login(post.poster)
    assert f"/ar/forum/report/{post.pk}/" not in client.get(url).content.decode()
    form = client.get(f"/ar/forum/report/{post.pk}/")
    assert form.status_code == 200
