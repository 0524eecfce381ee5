"""On a phone, a member starts a topic, sees that it waits; the moderator approves it from
the queue; a reader sees it. axe finds nothing on the forum pages on the way."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.cached_db import SessionStore
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from tests.browser.axe import accessibility_violations
from tests.browser.conftest import screenshot
from women_portal.accounts.models import Profile

TEXT = {
    "ar": {"new": "موضوع جديد", "submit": "إرسال", "approve": "وافقي"},
    "fr": {"new": "Nouveau sujet", "submit": "Envoyer", "approve": "Approuver"},
}


def signed_in_page(open_page, demo_site, username: str, language: str, *groups: str):
    """A browser whose session belongs to a member made for the test."""
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org"}
    )
    Profile.objects.get_or_create(user=user, defaults={"pseudonym": username.replace("-", " ")})
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    page = open_page(None, locale=language)
    page.context.add_cookies(
        [{"name": "sessionid", "value": session.session_key, "url": demo_site.url}]
    )
    return page


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_topic_waits_then_is_approved_and_read(open_page, demo_site, language):
    subject = f"سؤال من الهاتف {language}"
    questions = Forum.objects.get(name="Questions and help")
    forum_url = f"{demo_site.url}/{language}/forum/forum/{questions.slug}-{questions.pk}/"

    writer = signed_in_page(open_page, demo_site, f"writer-{language}", language)
    writer.goto(forum_url)
    writer.get_by_role("link", name=TEXT[language]["new"]).first.click()
    writer.fill("#id_subject", subject)
    writer.fill("#id_content", "أحتاج معلومات عن الخط الأخضر 1899")
    screenshot(writer, f"{language}-forum-new-topic-phone")
    assert accessibility_violations(writer) == []
    writer.locator("main form input[type=submit]:not([name=preview])").click()
    writer.wait_for_load_state()
    post = Post.objects.get(subject=subject)
    assert not post.approved  # her first post waits for a moderator

    moderator = signed_in_page(open_page, demo_site, "moderator-browser", language, "Moderators")
    moderator.goto(f"{demo_site.url}/{language}/forum/moderation/queue/")
    assert subject in moderator.content()
    assert accessibility_violations(moderator) == []
    moderator.goto(f"{demo_site.url}/{language}/forum/moderation/queue/{post.pk}/")
    screenshot(moderator, f"{language}-forum-queued-post-phone")
    moderator.locator(f"a[href$='/moderation/queue/{post.pk}/approve/']").click()
    moderator.wait_for_load_state()
    assert accessibility_violations(moderator) == []
    moderator.locator("main form button").click()  # "Yes, I'm sure"
    moderator.wait_for_load_state()
    post.refresh_from_db()
    assert post.approved

    reader = open_page(f"/{language}/forum/forum/{questions.slug}-{questions.pk}/", locale=language)
    assert subject in reader.content()
    topic = Topic.objects.get(subject=subject)
    reader.goto(f"{forum_url}topic/{topic.slug}-{topic.pk}/")
    assert "1899" in reader.content()
    screenshot(reader, f"{language}-forum-topic-phone")
    assert accessibility_violations(reader) == []
    assert reader.outside_requests == []
