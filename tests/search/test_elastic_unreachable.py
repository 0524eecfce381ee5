"""The parts that keep the portal going while Elasticsearch cannot be reached (outage.py),
one by one: how an outage is told from a refused request, the breaker that logs it once, the
client that gives up connecting quickly, the catch-up queue and its task, what rebuild_search
does with it, and the deployment check. tests/faults/test_elasticsearch_down.py goes through
the site as readers, editors, members and moderators do."""

import logging
import time

import pytest
from django.core import checks
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from elastic_transport import (
    ApiResponseMeta,
    ConnectionError,
    ConnectionTimeout,
    HttpHeaders,
    NodeConfig,
)
from elasticsearch import ApiError
from elasticsearch.dsl import connections
from wagtail.search.backends import get_search_backend

from library.models import LibraryItemPage
from tests.faults.test_elasticsearch_down import black_hole  # noqa: F401 (a fixture)
from tests.faults.test_redis_outage import free_port
from tests.forum.test_forum_search import post_in
from tests.library.factories import LibraryIndexPageFactory, LibraryItemPageFactory
from women_portal.core.breaker import Breaker
from women_portal.search import elastic, outage
from women_portal.search.backends import FALLBACK, with_elasticsearch
from women_portal.search.checks import elasticsearch_has_a_fallback
from women_portal.search.models import PendingIndexUpdate
from women_portal.search.wagtail_elastic import FallingBackResults, PortalElasticsearchBackend

from .test_forum_elastic import connected, fake_es  # noqa: F401 (fixtures)


def api_error(status: int) -> ApiError:
    meta = ApiResponseMeta(
        status=status,
        http_version="1.1",
        headers=HttpHeaders(),
        duration=0.0,
        node=NodeConfig("http", "localhost", 9200),
    )
    return ApiError("answer", meta=meta, body={})


@pytest.mark.parametrize(
    "error, outage_",
    [
        (ConnectionError("refused"), True),
        (ConnectionTimeout("no answer"), True),
        (api_error(503), True),  # a cluster that cannot answer now
        (api_error(429), True),  # too busy
        (api_error(400), False),  # a request of ours it refuses: a bug to see, not to queue
        (api_error(404), False),
        (ValueError("ours"), False),
    ],
)
def test_an_outage_is_told_from_a_refused_request(error, outage_):
    assert elastic.is_outage(error) is outage_


def test_the_breaker_logs_an_outage_once_and_its_end_once(caplog):
    caplog.set_level(logging.WARNING)
    breaker = Breaker(logging.getLogger("test.breaker"), "down (%s)", "back", retry_after=0.2)
    assert not breaker.is_open() and not breaker.succeeded()
    assert breaker.failed(OSError("refused")) is True
    assert breaker.is_open()
    time.sleep(0.25)
    assert not breaker.is_open()  # tried again
    assert breaker.failed(OSError("refused")) is False  # the same outage: not logged again
    assert breaker.succeeded() is True
    assert breaker.succeeded() is False
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("ERROR", "down (refused)"),
        ("WARNING", "back"),
    ]
    breaker.failed(OSError("again"))
    breaker.reset()
    assert not breaker.is_open() and not breaker.succeeded()  # forgotten, silently
    assert len(caplog.records) == 3


def test_the_backends_with_elasticsearch_keep_a_database_index_beside_it(settings):
    database = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
    backends = with_elasticsearch("http://127.0.0.1:9", database)
    assert backends[FALLBACK] == database
    default = backends["default"]
    assert default["BACKEND"] == "women_portal.search.wagtail_elastic"
    backend = PortalElasticsearchBackend({**default, "OPTIONS": {"http_compress": True}})
    assert default["OPTIONS"] == {}  # the settings are not changed
    assert backend.es._max_retries == 1
    assert {type(node) for node in backend.es.transport.node_pool.all()} == {
        elastic.QuickToGiveUpNode
    }
    assert backend.index_prefix == "women_portal_" and backend.timeout == 10


def test_a_server_that_does_not_answer_is_given_up_after_the_connect_timeout(
    black_hole,  # noqa: F811
    connected,  # noqa: F811
):
    connected(f"http://127.0.0.1:{black_hole}")
    started = time.monotonic()
    with pytest.raises(ConnectionTimeout):
        connections.get_connection().info()
    took = time.monotonic() - started
    assert elastic.CONNECT_TIMEOUT - 0.1 < took < elastic.CONNECT_TIMEOUT + 1.5  # not retried


@pytest.fixture
def down(db, connected):  # noqa: F811
    connected(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    yield
    elastic.server.reset()


def test_updates_that_cannot_be_sent_are_queued_once_per_object(down, homes, caplog):
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(parent=library, slug="guide")
    caplog.set_level(logging.WARNING)
    for _ in range(3):
        outage.send_or_queue(outage.LIBRARY, [item.pk, item.pk])
    assert list(PendingIndexUpdate.objects.values_list("index", "object_id")) == [
        (outage.LIBRARY, str(item.pk))
    ]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "Elasticsearch cannot be reached" in errors[0].getMessage()


def test_a_document_elasticsearch_refuses_is_logged_not_raised(down, caplog):
    def refused():
        raise api_error(400)

    outage.send_or_queue(outage.FORUM, [1], refused)
    assert "run manage.py rebuild_search" in caplog.text
    assert not PendingIndexUpdate.objects.exists()  # sending it again would not help


def test_the_first_failure_queues_a_catch_up_that_waits_and_tries_again(
    down, settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(elastic.server, "retry_after", 0)  # each call tries it again
    path = outage.catch_up_task.module_path
    with django_capture_on_commit_callbacks(execute=True):
        outage.send_or_queue(outage.FORUM, [1])
        outage.send_or_queue(outage.FORUM, [2])  # the same outage: one catch-up
    (waiting,) = DBTaskResult.objects.filter(task_path=path)
    assert waiting.run_after > timezone.now() + outage.CATCH_UP_DELAY / 2

    assert "tried again later" in outage.catch_up_task.call()
    assert DBTaskResult.objects.filter(task_path=path).count() == 2
    assert PendingIndexUpdate.objects.count() == 2  # nothing lost


def test_the_catch_up_sends_each_index_its_objects_and_empties_the_queue(
    fake_es,  # noqa: F811
    homes,
    questions,
    caplog,
):
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(parent=library, slug="guide")
    post = post_in(questions, "سؤال", "نص")
    outage.queue(outage.LIBRARY, [item.pk, 999_999])  # 999999: deleted since
    outage.queue(outage.FORUM, [post.pk])
    outage.queue("nowhere.gone", [1])  # a model removed since
    fake_es.requests.clear()
    assert outage.catch_up() == 4
    sent = {
        (op, pk, (document or {}).get("forum_id")) for op, pk, document in fake_es.bulk_actions()
    }
    assert sent == {
        ("index", item.pk, None),
        ("delete", 999_999, None),
        ("index", post.pk, questions.pk),
    }
    assert not PendingIndexUpdate.objects.exists()
    assert "Queued index updates of nowhere.gone are dropped" in caplog.text


def test_rebuild_search_empties_the_queue_it_makes_useless(fake_es, questions):  # noqa: F811
    outage.queue(outage.FORUM, [1, 2])
    call_command("rebuild_search", stdout=open("/dev/null", "w"))
    assert not PendingIndexUpdate.objects.exists()


def test_check_deploy_says_what_keeps_search_going_while_elasticsearch_is_down(settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9200"
    database = settings.WAGTAILSEARCH_BACKENDS["default"]
    assert [warning.id for warning in elasticsearch_has_a_fallback(None)] == [
        "portal_search.W001",
        "portal_search.W002",
    ]
    settings.WAGTAILSEARCH_BACKENDS = with_elasticsearch(settings.ELASTICSEARCH_URL, database)
    assert elasticsearch_has_a_fallback(None) == []
    assert "portal_search.W001" not in {
        message.id for message in checks.run_checks(include_deployment_checks=True)
    }
    settings.ELASTICSEARCH_URL = ""
    settings.WAGTAILSEARCH_BACKENDS = {"default": database}
    assert elasticsearch_has_a_fallback(None) == []


def test_wagtails_searches_fall_back_to_the_database_index_beside_elasticsearch(
    down, homes, settings
):
    """What the admin, its choosers and the library's filter read of Wagtail's results
    (modelsearch's internals: a change there fails here, by name)."""
    database = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = with_elasticsearch(settings.ELASTICSEARCH_URL, database)
    library = LibraryIndexPageFactory(parent=homes["ar"])
    items = [
        LibraryItemPageFactory(parent=library, slug=f"harvest-{n}", title=f"دليل الحصاد {n}")
        for n in range(3)
    ]
    found = LibraryItemPage.objects.live().search("الحصاد", order_by_relevance=False)
    assert isinstance(found, FallingBackResults)
    assert found.count() == 3  # Elasticsearch refused: from the database
    assert elastic.server.is_open()
    assert {item.pk for item in found} == {item.pk for item in items}
    assert len(list(found[1:3])) == 2 and found[1:].count() == 2
    assert found.facet("item_type") == {"report": 3}
    completed = get_search_backend().autocomplete("الحص", LibraryItemPage)
    assert isinstance(completed, FallingBackResults) and completed.count() == 3
