"""/health/ while Redis, the shared cache, is down: a real redis-server of the test's own,
killed and started again (tests/faults/test_redis_outage.py). The cache is reported, the
site stays in rotation (200: pages are served from the database), and the report clears
by itself when Redis is back."""

import time

from tests.faults.test_redis_outage import redis_cache, redis_server  # noqa: F401 (fixtures)

LOCAL = {"REMOTE_ADDR": "127.0.0.1"}


def health(client) -> tuple[int, dict, float]:
    started = time.monotonic()
    response = client.get("/health/", **LOCAL)
    return response.status_code, response.json(), time.monotonic() - started


def test_redis_down_is_reported_as_a_warning_while_pages_are_served(
    client,
    homes,
    redis_cache,  # noqa: F811 (the fixture)
    settings,
):
    settings.HEALTH_DISK_MIN_FREE_MB = 1
    status, body, _ = health(client)
    assert (status, body["status"], body["checks"]["cache"]) == (200, "ok", "ok")

    redis_cache.kill()
    for _ in range(3):  # the first probe waits for the timeout; the next ones do not
        status, body, seconds = health(client)
        assert status == 200, body  # nginx and load balancers keep sending readers
        assert body["status"] == "warning"
        assert body["checks"] == {"database": "ok", "cache": "fail", "tasks": "ok", "disk": "ok"}
        assert seconds < 2
    assert client.get("/ar/").status_code == 200  # and readers are served meanwhile
    public = client.get("/health/", HTTP_X_REAL_IP="203.0.113.7")
    assert public.status_code == 200 and public.json()["checks"]["cache"] == "fail"

    redis_cache.start()
    time.sleep(0.4)  # past FailSoftRedisCache.RETRY_AFTER (0.3 s in this test)
    status, body, _ = health(client)
    assert (status, body["status"], body["checks"]["cache"]) == (200, "ok", "ok")
