"""The caches are renewed by what readers can see change, and only by that: an editor's
drafts and autosaves, and a member's post waiting for a moderator, leave them alone."""

import pytest
from machina.apps.forum_conversation.forum_polls.models import (
    TopicPoll,
    TopicPollOption,
    TopicPollVote,
)
from machina.apps.forum_conversation.models import Post

from tests.factories import locale
from tests.forum.test_cached_parts import topic_url
from tests.forum.test_forum import member
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from women_portal.core.models import Theme

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def article(homes):
    theme = ThemePageFactory(
        parent=homes["ar"], slug="poverty", theme=Theme.objects.get(key="poverty")
    )
    return ArticlePageFactory(parent=theme, slug="card", title="بطاقة العلاج")


def cached(client, path) -> str:
    """Read `path` until it is cached; the cache state of the next read is what is tested."""
    client.get(path)
    response = client.get(path)
    assert response["X-Page-Cache"] == "hit"
    return response.content.decode()


def test_a_draft_and_an_autosave_leave_the_home_page_cached(client, article):
    cached(client, "/ar/")
    article.title = "عنوان لم يُنشر بعد"
    article.save_revision()  # a draft: what the editor's "save draft" and autosave do
    response = client.get("/ar/")
    assert response["X-Page-Cache"] == "hit"
    assert "عنوان لم يُنشر بعد" not in response.content.decode()


def test_a_publish_renews_the_home_page(client, article):
    cached(client, "/ar/")
    article.title = "عنوان منشور"
    article.save_revision().publish()
    response = client.get("/ar/")
    assert response["X-Page-Cache"] == "miss"
    assert "عنوان منشور" in response.content.decode()


def test_a_post_waiting_for_a_moderator_leaves_the_site_cached(client, homes, post):
    url = topic_url(post.topic)
    cached(client, url)
    cached(client, "/ar/")
    Post.objects.create(
        topic=post.topic,
        poster=member("newcomer", "قادمة"),
        subject="رد",
        content="رد ينتظر",
        approved=False,
    )
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert client.get("/ar/")["X-Page-Cache"] == "hit"


def test_an_approved_reply_renews_the_topic_page(client, homes, post):
    url = topic_url(post.topic)
    cached(client, url)
    reply = Post.objects.create(
        topic=post.topic,
        poster=member("newcomer", "قادمة"),
        subject="رد",
        content="رد ينتظر",
        approved=False,
    )
    reply.approved = True
    reply.save()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "رد ينتظر" in response.content.decode()


def test_a_poll_vote_renews_the_topic_page(client, homes, post):
    poll = TopicPoll.objects.create(topic=post.topic, question="أي يوم يناسبك؟", max_options=1)
    yes = TopicPollOption.objects.create(poll=poll, text="السبت")
    voter = member("voter", "مصوتة")
    url = topic_url(post.topic)
    before = cached(client, url)
    TopicPollVote.objects.create(poll_option=yes, voter=voter)
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert response.content.decode() != before


def test_the_api_answers_with_the_same_headers_from_the_cache(client, homes):
    first = client.get("/api/statistics/indicators/")
    second = client.get("/api/statistics/indicators/")
    assert second["X-Page-Cache"] == "hit"
    for name in ("Access-Control-Allow-Origin", "Content-Type", "Cache-Control"):
        assert first.get(name) == second.get(name), name
    assert second["Access-Control-Allow-Origin"] == "*"


def test_a_moved_article_is_listed_under_its_new_theme(client, article):
    work = ThemePageFactory(
        parent=article.get_parent().get_parent(), slug="work", theme=Theme.objects.get(key="work")
    )
    article.move(work, pos="last-child")
    article.refresh_from_db()
    assert article.theme_page_id == work.pk
    assert "بطاقة العلاج" in client.get("/ar/work/").content.decode()
    assert "بطاقة العلاج" not in client.get("/ar/poverty/").content.decode()
    assert locale("ar") == article.locale


def test_a_misspelt_declaration_is_reported(monkeypatch):
    """Each app declares what readers see (registry.py); a label that names no model would
    leave its changes unseen, so Django's checks name it."""
    from women_portal.pagecache import registry
    from women_portal.pagecache.checks import declared_models_exist

    assert declared_models_exist() == []
    monkeypatch.setattr(registry, "SHOWN_ON_PAGES", registry.SHOWN_ON_PAGES | {"core.helplines"})
    assert [error.id for error in declared_models_exist()] == ["pagecache.E001"]
