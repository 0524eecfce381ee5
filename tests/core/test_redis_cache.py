"""The production cache (REDIS_URL) against a real Redis: what the pages, the rate limits and
the page cache keep there is read back; a change's new generation deletes what the old one
remembered, so Redis does not grow with changes × what readers asked."""

import os
import uuid

import pytest
import redis
from django.core.cache import cache as default_cache

from women_portal.core.redis_cache import FailSoftRedisCache
from women_portal.pagecache.cache import purge_all, remember

REDIS_URL = "redis://127.0.0.1:6379/12"


@pytest.fixture
def redis_url():
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        if os.environ.get("CI"):  # .ci/run starts one: a skip there would hide a failure
            pytest.fail(f"no Redis server at {REDIS_URL}")
        pytest.skip(f"no Redis server at {REDIS_URL}")
    return REDIS_URL


@pytest.fixture
def cache(redis_url):
    return FailSoftRedisCache(redis_url, {"KEY_PREFIX": f"test-{uuid.uuid4()}"})


def test_values_round_trip(cache):
    cache.set("generation", 7)
    cache.set_many({"a": "نص", "b": [1, 2]})
    assert cache.get("generation") == 7
    assert cache.get_many(["a", "b", "missing"]) == {"a": "نص", "b": [1, 2]}
    assert cache.incr("generation") == 8
    assert cache.get_or_set("counted", lambda: 3) == 3
    cache.delete_many(["generation", "a", "b", "counted"])
    assert cache.get("generation") is None


def test_values_remembered_go_with_their_generation(
    redis_url, settings, db, django_capture_on_commit_callbacks
):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "women_portal.core.redis_cache.FailSoftRedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"test-{uuid.uuid4()}",
        },
    }
    try:
        for change in range(5):
            for query in range(20):  # e.g. library filters, keyed on what readers ask
                remember(f"filter:{change}:{query}", lambda: "found")
            with django_capture_on_commit_callbacks(execute=True):
                purge_all()  # an editor publishes; the task worker forgets the old values
        remember("menu", lambda: "menu")
        # The generation key and the one value of the current generation: nothing older.
        assert len(default_cache.keys("pagecache:*")) == 2
    finally:
        default_cache.delete_pattern("*")
