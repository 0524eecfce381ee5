"""Elasticsearch cannot be reached (ELASTICSEARCH_URL at a closed port, issue #23): readers
still find what they look for, from the database, without waiting; editors publish, members
post and moderators approve as usual; the outage is logged once; and every change the index
missed is sent once it is back (the catch-up), to a stand-in started at the same address
that records what it receives (tests/search/test_forum_elastic.py's)."""

import logging
import socket
import threading
import time
from http.server import ThreadingHTTPServer

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import ArticlePage
from library.models import LibraryItemPage
from tests.faults.test_redis_outage import free_port
from tests.forum.test_forum import member, start_topic
from tests.forum.test_forum_search import post_in
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.library.factories import LibraryIndexPageFactory, LibraryItemPageFactory
from tests.library.test_review import item_form
from tests.search.test_forum_elastic import (  # noqa: F401 (connected: a fixture)
    FakeElasticsearch,
    FakeElasticsearchHandler,
    bulk_lines,
    connected,
)
from women_portal.search import elastic, outage
from women_portal.search.backends import with_elasticsearch
from women_portal.search.models import PendingIndexUpdate

WORD = "الحرفيات"  # women artisans: in an article, a library item and a forum post
RETRY_AFTER = 0.3  # seconds before a process tries Elasticsearch again (30 in production)
PAGES_INDEX = "women_portal_wagtailcore_page"  # Wagtail's index of every page type


class ElasticsearchBack(FakeElasticsearch):
    """The stand-in, started where Elasticsearch was down, also taking the bulk requests of
    Wagtail's backend (which names the index in the path, not in each action)."""

    def __init__(self, port: int):
        ThreadingHTTPServer.__init__(self, ("127.0.0.1", port), FakeElasticsearchHandler)
        self.requests, self.hits = [], []

    def answer(self, method: str, path: str, body: str) -> tuple[int, dict]:
        if path.endswith("/_bulk") and path != "/_bulk":
            items = [
                {op: {"_index": path.split("/")[1], "_id": meta["_id"], "status": 200}}
                for op, meta, _source in bulk_lines(body)
            ]
            return 200, {"took": 1, "errors": False, "items": items}
        return super().answer(method, path, body)

    def received(self) -> set[tuple[str, str, str]]:
        """(index or delete, index, id) of every document sent or deleted."""
        found = set()
        for method, path, _query, body in self.requests:
            if path.endswith("/_bulk"):
                index = path.split("/")[1] if path != "/_bulk" else None
                for op, meta, _source in bulk_lines(body):
                    found.add((op, meta.get("_index", index), str(meta["_id"])))
            elif method == "DELETE" and "/_doc/" in path:
                index, _, pk = path.strip("/").partition("/_doc/")
                found.add(("delete", index, pk))
        return found


@pytest.fixture
def questions(db):
    """The forum everyone may read and members post in (forum/setup.py)."""
    return Forum.objects.get(name="Questions and help")


@pytest.fixture
def elasticsearch_down(homes, settings, monkeypatch, connected):  # noqa: F811
    """Elasticsearch configured as in production (backends.with_elasticsearch) at a port
    nothing listens on. Returns the port. The site's pages exist already."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    database = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = with_elasticsearch(url, database)
    connected(url)
    monkeypatch.setattr(elastic.server, "retry_after", RETRY_AFTER)
    yield port
    elastic.server.reset()


@pytest.fixture
def comes_back(elasticsearch_down):
    """Starts the stand-in where Elasticsearch was, once the processes would try it again."""
    servers = []

    def start() -> ElasticsearchBack:
        server = ElasticsearchBack(elasticsearch_down)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        time.sleep(RETRY_AFTER + 0.1)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def outage_lines(caplog) -> list[str]:
    """What the portal logged as errors: the outage's own line, and any traceback Wagtail
    logs for an object it could not index."""
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.ERROR and not record.name.startswith("elastic_transport")
    ]


def searched(client, query: str = WORD, group: str = "", language: str = "ar"):
    started = time.monotonic()
    response = client.get(f"/{language}/search/", {"q": query, "group": group})
    return response, time.monotonic() - started


def content_with_the_word(homes, questions):
    theme = ThemePageFactory(parent=homes["ar"], slug="work")
    article = ArticlePageFactory(parent=theme, slug="artisans", title=f"دعم {WORD} في الكاف")
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(parent=library, slug="guide", title=f"دليل {WORD}")
    post = post_in(questions, f"سؤال عن {WORD}", "أين أبيع منتوجاتي؟")
    return article, item, post


def pending() -> set[tuple[str, str]]:
    return set(PendingIndexUpdate.objects.values_list("index", "object_id"))


def test_readers_find_everything_from_the_database_at_once_and_the_outage_is_logged_once(
    client, homes, elasticsearch_down, questions, caplog
):
    caplog.set_level(logging.WARNING)
    article, item, post = content_with_the_word(homes, questions)  # written while it is down

    response, took = searched(client)
    assert response.status_code == 200
    assert took < 3  # the refused connection was tried twice, at once; nothing else waited
    page = response.content.decode()
    for title in (article.title, item.title, post.subject):
        assert title in page, title
    for group, title in (("library", item.title), ("forum", post.subject)):
        response, took = searched(client, group=group)
        assert response.status_code == 200 and took < 1
        assert title in response.content.decode()
    assert searched(client, "Travail", language="fr")[0].status_code == 200

    assert outage_lines(caplog) == [
        line for line in outage_lines(caplog) if "Elasticsearch cannot be reached" in line
    ]
    assert len(outage_lines(caplog)) == 1, outage_lines(caplog)  # not one per search or write
    assert "Connection refused" in outage_lines(caplog)[0]


def test_the_answer_from_the_database_is_not_kept_in_the_page_cache(
    client, homes, elasticsearch_down, questions, page_cache
):
    content_with_the_word(homes, questions)
    for _ in range(2):
        response, _took = searched(client)
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "miss"  # once it is back, it answers this search


def test_the_library_filters_its_items_by_their_words_from_the_database(
    client, homes, elasticsearch_down, questions
):
    _article, item, _post = content_with_the_word(homes, questions)
    response = client.get("/ar/library/", {"q": WORD})
    assert response.status_code == 200
    assert item.title in response.content.decode()


def test_without_a_database_index_beside_it_readers_are_told_search_is_unavailable(
    client, homes, elasticsearch_down, settings
):
    settings.WAGTAILSEARCH_BACKENDS = {"default": settings.WAGTAILSEARCH_BACKENDS["default"]}
    for language in ("en", "ar", "fr"):
        response, took = searched(client, language=language)
        assert response.status_code == 503 and took < 3
        assert response["Retry-After"] == "60"
        page = response.content.decode()
        assert 'class="search-page__none search-page__unavailable"' in page
        assert f'value="{WORD}"' in page  # her words are kept in the box
        assert 'class="tiles"' in page  # and the themes are offered instead
    assert "Search is not available just now" in searched(client, language="en")[0].content.decode()


def superuser_client(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    )
    return client


def test_an_editor_publishes_an_article_and_a_library_item_through_the_admin(
    client, homes, elasticsearch_down, django_user_model, caplog
):
    caplog.set_level(logging.WARNING)
    editor = superuser_client(client, django_user_model)
    theme = ThemePageFactory(parent=homes["ar"], slug="work")
    library = LibraryIndexPageFactory(parent=homes["ar"])

    article_form = nested_form_data(
        {
            "title": f"معرض {WORD}",
            "slug": "fair",
            "summary": "ملخص",
            "date": "2026-11-01",
            "body": streamfield([("paragraph", rich_text("<p>معرض في دار الثقافة</p>"))]),
            "featured_articles": inline_formset([]),
            "related_articles": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    article_form["action-publish"] = "1"
    url = reverse("wagtailadmin_pages:add", args=["home", "articlepage", theme.pk])
    started = time.monotonic()
    assert editor.post(url, article_form).status_code == 302
    assert time.monotonic() - started < 5

    form = item_form(None, "action-publish", title=f"دليل {WORD}", slug="guide")
    url = reverse("wagtailadmin_pages:add", args=["library", "libraryitempage", library.pk])
    assert editor.post(url, form).status_code == 302

    article = ArticlePage.objects.get(slug="fair", alias_of=None)
    item = LibraryItemPage.objects.get(slug="guide", alias_of=None)
    assert article.live and item.live
    # The admin's own search, and the page chooser's, answer from the database.
    found = editor.get(reverse("wagtailadmin_pages:search"), {"q": WORD})
    assert found.status_code == 200 and article.title in found.content.decode()
    chooser = editor.get(reverse("wagtailadmin_choose_page_search"), {"q": WORD})
    assert chooser.status_code == 200 and item.title in chooser.content.decode()
    client.logout()
    assert client.get(article.url).status_code == 200
    assert client.get(item.url).status_code == 200
    page = searched(client)[0].content.decode()
    assert article.title in page and item.title in page

    # Nothing lost: every document the index missed waits for the catch-up.
    assert {
        ("home.articlepage", str(article.pk)),
        ("library.libraryitempage", str(item.pk)),
        (outage.LIBRARY, str(item.pk)),
    } <= pending()
    assert len(outage_lines(caplog)) == 1, outage_lines(caplog)  # no traceback per page


def test_a_member_posts_and_a_moderator_approves(
    client, homes, elasticsearch_down, questions, django_capture_on_commit_callbacks
):
    client.force_login(member("amal", "أمل"))
    with django_capture_on_commit_callbacks(execute=True):
        posted = start_topic(client, questions, f"سؤال عن {WORD}", "أين أبيع منتوجاتي؟")
    assert posted.status_code == 302
    post = Post.objects.get(subject=f"سؤال عن {WORD}")
    assert not post.approved  # her first post waits for a moderator, as always

    client.force_login(member("moderator", "المشرفة", "Moderators"))
    with django_capture_on_commit_callbacks(execute=True):
        approved = client.post(f"/ar/forum/moderation/queue/{post.pk}/approve/")
    assert approved.status_code == 302
    post.refresh_from_db()
    assert post.approved
    client.logout()
    assert post.subject in searched(client, group="forum")[0].content.decode()
    assert (outage.FORUM, str(post.pk)) in pending()


def test_what_the_index_missed_is_sent_once_it_is_back(
    homes, elasticsearch_down, comes_back, questions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # each change as a request commits it
        article, item, post = content_with_the_word(homes, questions)
        hidden = post_in(questions, "موضوع", "رد سيخفى")
    with django_capture_on_commit_callbacks(execute=True):
        hidden.approved = False  # hidden by a moderator while Elasticsearch is down
        hidden.save()
    with django_capture_on_commit_callbacks(execute=True):
        gone = item.pk
        item.delete()
    assert (outage.FORUM, str(hidden.pk)) in pending() and (outage.LIBRARY, str(gone)) in pending()

    server = comes_back()
    with django_capture_on_commit_callbacks(execute=True):
        # The next change is sent at once, and the first success sends the queue.
        later = post_in(questions, "سؤال جديد", "نص")

    received = server.received()
    assert ("index", elastic.FORUM_INDEX, str(later.pk)) in received
    assert ("index", elastic.FORUM_INDEX, str(post.pk)) in received  # approved while down
    assert ("delete", elastic.FORUM_INDEX, str(hidden.pk)) in received  # hidden while down
    assert ("delete", elastic.LIBRARY_INDEX, str(gone)) in received  # deleted while down
    assert ("index", PAGES_INDEX, str(article.pk)) in received  # Wagtail's backend
    assert ("delete", PAGES_INDEX, str(gone)) in received
    assert pending() == set()


def test_the_catch_up_by_hand_says_how_many_wait_then_sends_them(
    homes, elasticsearch_down, comes_back, questions
):
    _article, item, _post = content_with_the_word(homes, questions)
    item.save_revision().publish()
    waiting = PendingIndexUpdate.objects.count()
    assert waiting
    elastic.server.reset()  # a new process, as manage.py is
    with pytest.raises(CommandError, match=f"{waiting} updates still wait"):
        call_command("catch_up_search")
    server = comes_back()
    call_command("catch_up_search", stdout=open("/dev/null", "w"))
    assert ("index", elastic.LIBRARY_INDEX, str(item.pk)) in server.received()
    assert pending() == set()


@pytest.fixture
def black_hole():
    """A port that takes no connection and refuses none (its queue is full): as a server
    behind a firewall that drops, or a machine that is off."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        with socket.create_connection(listener.getsockname()):  # fills the queue
            yield listener.getsockname()[1]


def test_a_server_that_does_not_answer_costs_one_reader_two_seconds_once(
    client,
    homes,
    elasticsearch_down,
    black_hole,
    connected,  # noqa: F811
    questions,
    settings,
):
    url = f"http://127.0.0.1:{black_hole}"
    settings.WAGTAILSEARCH_BACKENDS = with_elasticsearch(
        url, settings.WAGTAILSEARCH_BACKENDS["database"]
    )
    connected(url)
    _article, item, _post = content_with_the_word(homes, questions)  # the first write waits
    response, took = searched(client)
    assert response.status_code == 200 and item.title in response.content.decode()
    assert took < 1  # the outage is known: the database answers at once
    elastic.server.reset()  # another process, which has not seen it yet
    response, took = searched(client)
    assert response.status_code == 200
    assert 1.5 < took < 5  # CONNECT_TIMEOUT, not the 10 s of an answer, and not twice
