"""The production cache (REDIS_URL) against a real Redis: what the pages, the rate limits and
the page cache keep there is read back, by every caller, through the client they share."""

import os
import uuid

import pytest
import redis

from women_portal.core.redis_cache import SharedClientRedisCache

REDIS_URL = "redis://127.0.0.1:6379/12"


@pytest.fixture
def cache():
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        if os.environ.get("CI"):  # .ci/run starts one: a skip there would hide a failure
            pytest.fail(f"no Redis server at {REDIS_URL}")
        pytest.skip(f"no Redis server at {REDIS_URL}")
    return SharedClientRedisCache(REDIS_URL, {"KEY_PREFIX": f"test-{uuid.uuid4()}"})


def test_values_round_trip_through_one_shared_client(cache):
    cache.set("generation", 7)
    cache.set_many({"a": "نص", "b": [1, 2]})
    assert cache.get("generation") == 7
    assert cache.get_many(["a", "b", "missing"]) == {"a": "نص", "b": [1, 2]}
    assert cache.incr("generation") == 8
    assert cache.get_or_set("counted", lambda: 3) == 3
    cache.delete_many(["generation", "a", "b", "counted"])
    assert cache.get("generation") is None
    assert cache._cache.get_client() is cache._cache.get_client(write=True)
