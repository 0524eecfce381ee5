"""The forum inside the site: anyone reads, members write, moderators approve."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core import mail
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_permission.handler import PermissionHandler
from machina.apps.forum_permission.models import ForumPermission, UserForumPermission

from women_portal.accounts.models import Profile

User = get_user_model()


def member(name: str, pseudonym: str, *groups: str):
    user = User.objects.create_user(name, f"{name}@example.org", "pw")
    Profile.objects.create(user=user, pseudonym=pseudonym)
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


def closed_to_visitors(forum, codenames=("can_read_forum",)):
    """`forum` with these permissions refused to visitors (readers not signed in)."""
    for codename in codenames:
        UserForumPermission.objects.create(
            permission=ForumPermission.objects.get(codename=codename),
            forum=forum,
            anonymous_user=True,
            has_perm=False,
        )
    return forum


@pytest.fixture
def questions(db):
    return Forum.objects.get(name="Questions and help")


@pytest.fixture
def announcements(db):
    return Forum.objects.get(name="Announcements")


def form_fields(html: str) -> dict:
    """The hidden fields of the page's form (CSRF token, formset management forms)."""
    return {
        name: value
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    }


def start_topic(client, forum, subject: str, content: str):
    url = f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/create/"
    page = client.get(url)
    if page.status_code != 200:
        return page
    data = {**form_fields(page.content.decode()), "subject": subject, "content": content}
    data.setdefault("topic_type", "0")
    return client.post(url, data)


def test_forum_tree_is_ready_on_a_fresh_install(client, homes):
    assert Forum.objects.count() == 9
    names = {
        "ar": ("الفقر", "حماية المرأة", "أسئلة ومساعدة", "إعلانات"),
        "fr": ("Pauvreté", "Protection des femmes", "Questions et entraide", "Annonces"),
    }
    for language, other in (("ar", "fr"), ("fr", "ar")):
        html = client.get(f"/{language}/forum/").content.decode()
        assert all(name in html for name in names[language])
        assert not any(name in html for name in names[other])  # each in her own language


def test_a_forum_and_its_topics_are_named_in_the_readers_language(client, homes, questions):
    for language, name in (("ar", "أسئلة ومساعدة"), ("fr", "Questions et entraide")):
        html = client.get(f"/{language}/forum/forum/{questions.slug}-{questions.pk}/").content
        html = html.decode()
        assert f"<h1>{name}</h1>" in html and f"<title>{name}" in html


def test_forum_pages_are_inside_the_site(client, homes):
    html = client.get("/ar/forum/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "quick-exit" in html and "<script>" not in html  # no inline script (CSP)


def test_anonymous_readers_read_but_cannot_write(client, homes, questions):
    response = client.get(f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/create/")
    assert response.status_code in (302, 403)


def test_a_members_topic_waits_for_a_moderator_then_everyone_reads_it(client, homes, questions):
    author = member("amal", "أمل")
    client.force_login(author)
    start_topic(
        client, questions, "سؤال عن الشهادة الطبية", "كيف أحصل على شهادة طبية بعد الاعتداء؟"
    )
    post = Post.objects.get(subject="سؤال عن الشهادة الطبية")
    assert not post.approved
    client.logout()
    listing = client.get(f"/ar/forum/forum/{questions.slug}-{questions.pk}/").content.decode()
    assert "سؤال عن الشهادة الطبية" not in listing

    moderator = member("editor", "المشرفة", "Moderators")
    client.force_login(moderator)
    queue = client.get("/ar/forum/moderation/queue/")
    assert queue.status_code == 200 and "سؤال عن الشهادة الطبية" in queue.content.decode()
    client.post(f"/ar/forum/moderation/queue/{post.pk}/approve/")
    post.refresh_from_db()
    assert post.approved
    client.logout()
    topic = Topic.objects.get(subject="سؤال عن الشهادة الطبية")
    page = client.get(
        f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/{topic.slug}-{topic.pk}/"
    )
    html = page.content.decode()
    assert "كيف أحصل على شهادة طبية" in html
    assert "أمل" in html  # her pseudonym
    assert "amal@example.org" not in html and author.username not in html


def test_only_moderators_start_announcements(client, homes, announcements):
    client.force_login(member("amal", "أمل"))
    response = start_topic(client, announcements, "إعلان", "نص")
    assert response.status_code == 403 or not Topic.objects.filter(subject="إعلان").exists()
    client.force_login(member("editor", "المشرفة", "Moderators"))
    start_topic(client, announcements, "اجتماع المجلس البلدي", "يوم الخميس")
    assert Post.objects.get(subject="اجتماع المجلس البلدي").approved


def reply(client, topic, content: str):
    forum = topic.forum
    url = f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/post/create/"
    page = client.get(url)
    data = {
        **form_fields(page.content.decode()),
        "subject": f"Re: {topic.subject}",
        "content": content,
    }
    return client.post(url, data)


def test_first_posts_wait_the_fourth_appears_at_once(
    client, homes, questions, settings, django_capture_on_commit_callbacks
):
    settings.FORUM_TRUSTED_AFTER_POSTS = 3
    moderator = member("editor", "المشرفة", "Moderators")
    author = member("amal", "أمل")
    client.force_login(author)
    with django_capture_on_commit_callbacks(execute=True):
        start_topic(client, questions, "موضوع أمل", "المشاركة الأولى")
    topic = Topic.objects.get(subject="موضوع أمل")
    assert any(moderator.email in message.to for message in mail.outbox)  # told at once
    Post.objects.filter(topic=topic).update(approved=True)
    topic.approved = True
    topic.save()
    for number in (2, 3):
        reply(client, topic, f"المشاركة رقم {number}")
        post = Post.objects.get(content=f"المشاركة رقم {number}")
        assert not post.approved  # still new: waits
        post.approved = True  # the moderator approves it
        post.save()
    reply(client, topic, "المشاركة الرابعة")
    assert Post.objects.get(content="المشاركة الرابعة").approved  # trusted now
    client.logout()
    page = client.get(
        f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/{topic.slug}-{topic.pk}/"
    )
    assert "المشاركة الرابعة" in page.content.decode()


def test_export_holds_her_posts_and_a_deleted_account_reads_former_member(client, homes, questions):
    import json

    from women_portal.accounts.privacy import forget

    author = member("amal", "أمل")
    client.force_login(author)
    start_topic(client, questions, "موضوع للتصدير", "نص مشاركتي")
    data = json.loads(client.post("/ar/accounts/profile/export/").content)
    assert [post["content"] for post in data["forum_posts"]] == ["نص مشاركتي"]

    Post.objects.update(approved=True)
    topic = Topic.objects.get(subject="موضوع للتصدير")
    topic.approved = True
    topic.save()
    forget(author)
    client.logout()
    html = client.get(
        f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/{topic.slug}-{topic.pk}/"
    ).content.decode()
    assert "نص مشاركتي" in html  # the discussion stays readable
    assert "عضوة سابقة" in html and "أمل" not in html


def check_demo_forum(client) -> None:
    """After load_demo_content (tests/core/test_demo_content.py): topics in both languages,
    one waiting."""
    html = client.get("/ar/forum/").content.decode()
    assert Topic.objects.filter(approved=True).count() >= 3
    waiting = Post.objects.filter(approved=False)
    assert waiting.count() == 1
    questions = Forum.objects.get(name="Questions and help")
    listing = client.get(f"/ar/forum/forum/{questions.slug}-{questions.pk}/").content.decode()
    assert "بطاقة العلاج المجاني" in listing
    protection = waiting.get().topic.forum
    listing = client.get(f"/fr/forum/forum/{protection.slug}-{protection.pk}/").content.decode()
    assert "Une amie a besoin" not in listing
    assert "demo-" not in html  # usernames never shown


def test_members_attach_files_and_anyone_downloads_them_on_a_fresh_install(
    client, homes, questions
):
    """Files are checked and cleaned first (tests/forum/test_attachments.py)."""
    client.force_login(member("amal", "أمل"))
    page = client.get(f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/create/")
    assert 'type="file"' in page.content.decode()
    handler = PermissionHandler()
    assert handler.can_download_files(questions, AnonymousUser())
    assert not handler.can_attach_files(questions, AnonymousUser())


def test_poll_results_are_drawn_without_inline_styles(client, homes, questions):
    """The Content-Security-Policy refuses inline styles: the results are progress bars."""
    from machina.apps.forum_conversation.forum_polls.models import (
        TopicPoll,
        TopicPollOption,
        TopicPollVote,
    )

    moderator = member("editor", "المشرفة", "Moderators")
    topic = Topic.objects.create(
        forum=questions, poster=moderator, subject="موعد الاجتماع", type=0, status=0, approved=True
    )
    Post.objects.create(
        topic=topic, poster=moderator, subject="موعد الاجتماع", content="متى؟", approved=True
    )
    poll = TopicPoll.objects.create(topic=topic, question="أي يوم يناسبكن؟")
    saturday = TopicPollOption.objects.create(poll=poll, text="السبت")
    TopicPollOption.objects.create(poll=poll, text="الأحد")
    TopicPollVote.objects.create(poll_option=saturday, voter=member("voter", "مصوتة"))

    html = client.get(
        f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/{topic.slug}-{topic.pk}/"
    ).content.decode()
    assert 'value="100.000000"' in html and 'aria-label="السبت"' in html
    assert html.count('<progress class="poll-result"') == 2
    assert " style=" not in html


def test_the_forum_is_in_the_main_menu_in_every_language(client, homes):
    from tests.home.factories import ThemePageFactory
    from women_portal.core.models import Theme

    ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    for language, name in (("ar", "المنتدى"), ("fr", "Forum")):
        page = client.get(f"/{language}/").content.decode()
        menu = page[page.index('class="main-nav"') :].split("</nav>")[0]
        assert f'<a href="/{language}/forum/">{name}</a>' in menu, language
