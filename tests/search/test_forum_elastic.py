"""The forum in Elasticsearch: the mapping and query we build, the documents made from real
posts, what the forum's signals send (to a small HTTP server started here, standing in for
Elasticsearch, which cannot run on this machine: it records the requests and answers as
Elasticsearch would), and a live round trip when ELASTICSEARCH_URL points at a server."""

import json
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.http import QueryDict
from elasticsearch.dsl import connections
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from wagtail.models import Locale

from forum import search as forum_search
from forum.models import PostSearchEntry
from tests.forum.test_forum import member
from tests.forum.test_forum_search import forum_results, post_in, staff_forum
from women_portal.accounts.privacy import forget
from women_portal.search import elastic
from women_portal.search.groups import ForumGroup
from women_portal.search.normalise import index_text

from .test_elastic import expected, live

DOCUMENT_FIELDS = {
    "subject",
    "text",
    "folded",
    "forum_id",
    "forum_name",
    "topic_id",
    "poster",
    "created",
    "year",
    "language",
}


def test_forum_index_mapping_is_the_one_we_designed():
    mapping = elastic.ForumPostDocument._index.to_dict()
    assert mapping == expected("forum_index.json")
    properties = mapping["mappings"]["properties"]
    assert set(properties) == DOCUMENT_FIELDS
    for text in ("subject", "text"):
        assert properties[text]["analyzer"] == "portal_text"
        assert properties[text]["fields"]["ar"]["analyzer"] == "arabic"
        assert properties[text]["fields"]["fr"]["analyzer"] == "french"
    assert properties["forum_id"]["type"] == properties["year"]["type"] == "integer"


def test_forum_query_searches_readable_forums_only_with_counts_per_forum_and_year():
    search = elastic.ForumFacetedSearch("المراة العاملة", [5, 1, 3], {"year": ["2024"]})
    body = search.build_search().to_dict()
    assert body == expected("forum_query.json")
    # The readable forums are a filter of the query itself, so the counts see only them too.
    assert body["query"]["bool"]["filter"] == [{"terms": {"forum_id": [1, 3, 5]}}]
    assert body["query"]["bool"]["should"][1]["match"]["folded"]["query"] == "مرا عامل"
    # A chosen year narrows the hits and the forums' counts, not the years' own counts.
    assert body["post_filter"] == {"terms": {"year": ["2024"]}}
    assert body["aggs"]["_filter_forum"]["filter"] == {"terms": {"year": ["2024"]}}
    assert body["aggs"]["_filter_year"]["filter"] == {"match_all": {}}


def test_a_forum_post_becomes_this_document_and_nothing_private(questions):
    author = member("salma.login", "سلمى")
    topic = Topic.objects.create(
        forum=questions, poster=author, subject="عن العمل الليلي", type=0, status=0
    )
    post = Post.objects.create(
        topic=topic, poster=author, subject="عن العمل الليلي", content="هل يُسمح بالعمل الليلي؟"
    )
    document = elastic.ForumPostDocument.from_entry(elastic.forum_entries().get(post=post))
    document = document.to_dict(include_meta=True)
    assert document["_index"] == elastic.FORUM_INDEX and document["_id"] == post.pk
    source = document["_source"]
    assert set(source) == DOCUMENT_FIELDS
    assert source["subject"] == "عن العمل الليلي" and source["text"] == "هل يُسمح بالعمل الليلي؟"
    assert source["forum_id"] == questions.pk and source["forum_name"] == questions.name
    assert source["topic_id"] == topic.pk
    assert source["poster"] == "سلمى"
    assert source["year"] == post.created.year and source["language"] == "ar"
    assert set(index_text("الليلي يسمح").split()) <= set(source["folded"].split())
    sent = json.dumps(document, default=str, ensure_ascii=False)
    for private in (author.email, author.username, "example.org"):
        assert private not in sent

    forget(author)  # she deletes her account: her posts stay, her name leaves the index
    entry = elastic.forum_entries().get(post=post)
    source = elastic.ForumPostDocument.from_entry(entry).to_dict()
    assert "poster" not in source
    assert "سلمى" not in json.dumps(source, default=str, ensure_ascii=False)

    french = post_in(questions, "Travail de nuit", "Le travail de nuit est-il permis ?")
    document = elastic.ForumPostDocument.from_entry(elastic.forum_entries().get(post=french))
    assert document.language is None  # Latin letters: French or English, who can tell


# What the signals send, to a stand-in for Elasticsearch.


class FakeElasticsearch(ThreadingHTTPServer):
    """Records each request; answers the few Elasticsearch calls the portal makes."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), FakeElasticsearchHandler)
        self.requests = []  # (method, path, query string, body)
        self.hits = []  # the post ids a search answers

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def bulk_actions(self) -> list[tuple[str, int, dict | None]]:
        """(index or delete, post id, document) of every bulk request received."""
        actions = []
        for _method, path, _query, body in self.requests:
            if path == "/_bulk":
                actions += [(op, int(meta["_id"]), source) for op, meta, source in bulk_lines(body)]
        return actions

    def answer(self, method: str, path: str, body: str) -> tuple[int, dict]:
        if path == "/_bulk":
            items = [
                {op: {"_index": meta["_index"], "_id": meta["_id"], "status": 200}}
                for op, meta, _source in bulk_lines(body)
            ]
            return 200, {"took": 1, "errors": False, "items": items}
        if path.endswith("/_search"):
            hits = [
                {"_index": elastic.FORUM_INDEX, "_id": str(pk), "_score": 1.0, "_source": {}}
                for pk in self.hits
            ]
            total = {"value": len(hits), "relation": "eq"}
            return 200, {"took": 1, "timed_out": False, "hits": {"total": total, "hits": hits}}
        if method == "HEAD":
            return 404, {}  # no index exists yet
        return 200, {"acknowledged": True}


def bulk_lines(body: str):
    lines = iter(json.loads(line) for line in body.splitlines() if line.strip())
    for action in lines:
        ((op, meta),) = action.items()
        yield op, meta, (None if op == "delete" else next(lines))


class FakeElasticsearchHandler(BaseHTTPRequestHandler):
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        path, _, query = self.path.partition("?")
        self.server.requests.append((self.command, path, query, body))
        status, answer = self.server.answer(self.command, path, body)
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = answer

    def log_message(self, format, *args):
        pass


@pytest.fixture
def connected(settings):
    """Connects the portal to an address (settings and client), as apps.py does at start."""
    try:
        before = connections.get_connection()
    except KeyError:
        before = None

    def connect(url: str) -> None:
        settings.ELASTICSEARCH_URL = url
        elastic.connect()

    forum_search.waiting.__dict__.pop("post_ids", None)
    yield connect
    forum_search.waiting.__dict__.pop("post_ids", None)  # what this test left unsent
    connections.remove_connection("default")
    if before is not None:
        connections.add_connection("default", before)


@pytest.fixture
def fake_es(connected):
    server = FakeElasticsearch()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    connected(server.url)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def committed(django_capture_on_commit_callbacks, fake_es):
    """Runs a change as a request would (its commit runs the on-commit hooks) and returns the
    bulk actions Elasticsearch received for it."""

    def run(change):
        fake_es.requests.clear()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        assert {path for _method, path, _query, _body in fake_es.requests} <= {"/_bulk"}
        assert all("refresh=true" in query for *_request, query, _body in fake_es.requests)
        return fake_es.bulk_actions()

    return run


def moderation_steps(questions) -> dict:
    """A topic's life: waiting, approved, answered, the answer hidden, moved, deleted."""
    work = Forum.objects.get(name="Women's work")
    made = {}

    def wait():
        made["first"] = post_in(questions, "سؤال ينتظر", "نص ينتظر الموافقة", approved=False)

    def approve():
        first = Post.objects.select_related("topic").get(pk=made["first"].pk)
        first.approved = True  # as machina's moderation queue does
        first.save()

    def answer():
        topic = Topic.objects.get(pk=made["first"].topic_id)
        made["reply"] = Post.objects.create(
            topic=topic, poster=topic.poster, subject="رد", content="جواب المشرفة"
        )

    def hide():
        reply = Post.objects.select_related("topic").get(pk=made["reply"].pk)
        reply.approved = False  # as forum/reports.py hides a post
        reply.save()

    def move():
        topic = Topic.objects.get(pk=made["first"].topic_id)
        topic.forum = work
        topic.save()

    def delete():
        Post.objects.get(pk=made["first"].pk).delete()

    return {
        "steps": [wait, approve, answer, hide, move, delete],
        "made": made,
        "work": work,
    }


def test_each_moderation_step_reaches_the_index_at_once(committed, questions):
    life = moderation_steps(questions)
    wait, approve, answer, hide, move, delete = life["steps"]
    made = life["made"]

    assert committed(wait) == []  # waiting for a moderator: not searchable, nothing sent
    ((op, post_id, document),) = committed(approve)
    assert (op, post_id) == ("index", made["first"].pk)
    assert document["subject"] == "سؤال ينتظر" and document["forum_id"] == questions.pk
    ((op, post_id, _document),) = committed(answer)
    assert (op, post_id) == ("index", made["reply"].pk)
    assert committed(hide) == [("delete", made["reply"].pk, None)]
    ((op, post_id, document),) = committed(move)
    assert (op, post_id, document["forum_id"]) == ("index", made["first"].pk, life["work"].pk)
    assert committed(delete) == [("delete", made["first"].pk, None)]


def test_a_hidden_topic_leaves_the_index_in_one_request(committed, fake_es, questions):
    first = post_in(questions, "موضوع طويل", "أول")
    for text in ("ثاني", "ثالث"):
        Post.objects.create(
            topic=Topic.objects.get(pk=first.topic_id),
            poster=first.poster,
            subject="رد",
            content=text,
        )
    replies = list(Post.objects.filter(topic_id=first.topic_id).exclude(pk=first.pk))

    def hide():
        head = Post.objects.select_related("topic").get(pk=first.pk)
        head.approved = False
        head.save()

    actions = committed(hide)
    assert len(fake_es.requests) == 1
    assert sorted(actions) == sorted(("delete", post.pk, None) for post in [first, *replies])


def test_a_renamed_member_or_forum_reaches_her_posts_documents(committed, questions):
    post = post_in(questions, "موضوع", "نص")
    profile = post.poster.profile
    profile.pseudonym = "اسم جديد"
    ((op, post_id, document),) = committed(profile.save)
    assert (op, post_id, document["poster"]) == ("index", post.pk, "اسم جديد")

    actions = committed(lambda: forget(post.poster))
    assert [op for op, _pk, _document in actions] == ["index"] and "poster" not in actions[0][2]

    questions.name = "أسئلة — Questions"
    ((op, post_id, document),) = committed(questions.save)
    assert document["forum_name"] == "أسئلة — Questions"


def test_without_elasticsearch_url_nothing_reaches_elasticsearch(
    fake_es, settings, django_capture_on_commit_callbacks, questions
):
    settings.ELASTICSEARCH_URL = ""  # the client still points at the stand-in: nothing may
    life = moderation_steps(questions)
    with django_capture_on_commit_callbacks(execute=True):
        for step in life["steps"]:
            step()
        other = post_in(questions, "موضوع", "نص")
        forget(other.poster)
        questions.name = "أسئلة — Questions"
        questions.save()
        ForumGroup(Locale.get_default(), QueryDict()).search("نص")
    assert fake_es.requests == []


def test_a_search_server_down_does_not_stop_a_moderator(
    connected, django_capture_on_commit_callbacks, caplog, questions
):
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    connected(f"http://127.0.0.1:{port}")  # nothing listens there
    post = post_in(questions, "موضوع مزعج", "نص")
    with django_capture_on_commit_callbacks(execute=True):
        post.approved = False
        post.save()
    assert not PostSearchEntry.objects.filter(post=post).exists()
    assert "could not be brought in step in Elasticsearch" in caplog.text


def test_forum_search_lists_only_what_the_database_still_allows(client, homes, fake_es, questions):
    staff = staff_forum()
    shown = post_in(questions, "سؤال ظاهر", "كلمة مشتركة")
    hidden = post_in(questions, "سؤال مخفي", "كلمة مشتركة")
    hidden.approved = False
    hidden.save()
    internal = post_in(staff, "اجتماع داخلي", "كلمة مشتركة")
    fake_es.hits = [hidden.pk, internal.pk, shown.pk]  # an index lagging behind, say

    group = ForumGroup(None, QueryDict("forum=x&year=2025"), AnonymousUser())
    assert [entry.post_id for entry in group.search("كلمة مشتركة")] == [shown.pk]
    ((_method, path, _query, body),) = fake_es.requests
    assert path == f"/{elastic.FORUM_INDEX}/_search"
    body = json.loads(body)
    readable = sorted(Forum.objects.exclude(pk=staff.pk).values_list("pk", flat=True))
    assert body["query"]["bool"]["filter"] == [{"terms": {"forum_id": readable}}]
    assert body["post_filter"] == {"terms": {"year": ["2025"]}}  # the malformed forum: left out

    found = forum_results(client, "كلمة مشتركة")  # the search page, through the same group
    assert "سؤال ظاهر" in found and "مخفي" not in found and "اجتماع" not in found


def test_rebuild_search_creates_and_fills_the_forum_index(fake_es, questions):
    post = post_in(questions, "موضوع", "نص")
    post_in(questions, "ينتظر", "نص آخر", approved=False)
    call_command("rebuild_search", stdout=open("/dev/null", "w"))
    sent = [(method, path) for method, path, _query, _body in fake_es.requests]
    index = f"/{elastic.FORUM_INDEX}"
    assert sent.index(("DELETE", index)) < sent.index(("PUT", index))
    created = next(
        body for method, path, _q, body in fake_es.requests if (method, path) == ("PUT", index)
    )
    assert json.loads(created) == expected("forum_index.json")
    forum_actions = [
        (op, post_id)
        for op, post_id, document in fake_es.bulk_actions()
        if "forum_id" in (document or {})
    ]
    assert forum_actions == [("index", post.pk)]
    assert ("POST", f"{index}/_refresh") in sent


# Live round trip: runs only against a real server.


@live
@pytest.mark.django_db
def test_live_forum_posts_found_in_every_spelling_and_gone_once_hidden(
    connected, django_capture_on_commit_callbacks, questions
):
    connected(os.environ["ELASTICSEARCH_URL"])
    elastic.ForumPostDocument._index.delete(ignore_unavailable=True)
    elastic.ForumPostDocument.init()
    with django_capture_on_commit_callbacks(execute=True):  # the signals index them
        shown = post_in(questions, "حقوق المرأة العاملة", "ما هي حقوق المرأة في العمل الليلي؟")
        post_in(questions, "سؤال آخر", "عن المنحة المدرسية")

    for spelling in ("المرأة", "المراة", "المرأه", "المَرْأَةِ"):
        response = elastic.ForumFacetedSearch(spelling, [questions.pk]).execute()
        assert [int(hit.meta.id) for hit in response] == [shown.pk], spelling
    assert [(forum, count) for forum, count, _chosen in response.facets.forum] == [
        (questions.pk, 1)
    ]
    assert list(elastic.ForumFacetedSearch("المرأة", []).execute()) == []  # no readable forum
    found = ForumGroup(None, QueryDict()).search("المراة")
    assert [entry.post_id for entry in found] == [shown.pk]

    with django_capture_on_commit_callbacks(execute=True):
        shown.approved = False  # hidden: out of the index at once
        shown.save()
    assert list(elastic.ForumFacetedSearch("المرأة", [questions.pk]).execute()) == []
