"""Publishing renews the page cache at once, and leaves the deletion of what the old
generation remembered to the task worker (so that a publish stays under 1 s): on Redis it is a
scan of every key and a delete per page cached, a quarter of a second per 10,000 pages, twice
per publish. Against a real Redis and the production task queue (the database's)."""

import uuid

import pytest
from django_tasks_db.models import DBTaskResult

from tests.core.test_redis_cache import redis_url  # noqa: F401
from women_portal.pagecache.cache import GENERATION_KEY, forget_generation, purge_all


@pytest.fixture
def production_cache(redis_url, settings):  # noqa: F811
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "women_portal.core.redis_cache.FailSoftRedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"test-{uuid.uuid4()}",
        },
    }
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from django.core.cache import cache

    yield cache
    cache.delete_pattern("*")


def test_the_old_generation_is_deleted_by_the_worker_not_the_request(
    production_cache, db, django_capture_on_commit_callbacks
):
    cache = production_cache
    purge_all()
    old = cache.get(GENERATION_KEY)
    pages = {f"pagecache:{old}:/ar/page-{number}/": "<html>" for number in range(200)}
    cache.set_many(pages, timeout=600)

    with django_capture_on_commit_callbacks(execute=True):
        purge_all()  # an editor publishes

    assert cache.get(GENERATION_KEY) != old  # readers get new pages at once
    assert len(cache.keys(f"pagecache:{old}:*")) == 200  # nothing deleted in her request
    [queued] = DBTaskResult.objects.filter(task_path=forget_generation.module_path)
    result = queued.task_result
    assert result.args == [old]
    assert result.task.call(*result.args) == 200  # as the task worker runs it
    assert cache.keys(f"pagecache:{old}:*") == []
