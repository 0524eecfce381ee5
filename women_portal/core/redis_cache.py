"""The production cache: django-redis, which an outage of Redis makes slower, not down.

Everything the site keeps in this cache can be worked out again from the database (the
page cache, remembered values, parts of pages), or is a convenience (rate counters): so
while Redis cannot be reached, reads miss and writes are dropped, and pages are served from
the database. After a failure the cache is not tried again for RETRY_AFTER seconds, so
readers do not each wait for a timeout; then caching resumes by itself. One log line when
it goes, one when it comes back. (django-redis's own IGNORE_EXCEPTIONS tries Redis on every
call and logs each failure, or none.)

Down, it behaves as a cache that forgets everything at once, which Django's cache
contract allows: reads miss, writes are accepted and lost, counters start again. What was
written during the outage was lost, so when Redis is back `reachable_again` is sent (once
per worker that saw the outage): the page cache starts a new generation then, or a page
an editor changed during the outage would be served as Redis kept it.
Everything here is django-redis's and Django's public cache API.
"""

import logging

import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.dispatch import Signal
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

from .breaker import Breaker

logger = logging.getLogger(__name__)
reachable_again = Signal()
REDIS_ERRORS = (ConnectionInterrupted, redis.exceptions.RedisError)


class FailSoftRedisCache(RedisCache):
    RETRY_AFTER = 5.0  # seconds

    def __init__(self, server, params):
        super().__init__(server, params)
        self.breaker = Breaker(
            logger,
            down="Redis cannot be reached (%s): pages are served without the cache until it "
            "returns",
            back="Redis is reachable again: caching resumes",
            retry_after=self.RETRY_AFTER,
        )

    def reachable(self) -> bool:
        """False while an outage is known (until Redis answers again)."""
        return not self.breaker.is_down()

    def _attempt(self, operation, fallback, *args, **kwargs):
        if self.breaker.is_down() and not self._back_again():
            return fallback
        try:
            return operation(*args, **kwargs)
        except REDIS_ERRORS as error:
            self.breaker.failed(error.__cause__ or error)
            return fallback

    def _back_again(self) -> bool:
        """After RETRY_AFTER, a ping: if Redis answers, the cache is renewed before the
        operation that asked runs, so that it reads nothing kept from before the outage."""
        if self.breaker.is_open():
            return False
        try:
            self.client.get_client(write=True).ping()
        except REDIS_ERRORS as error:
            self.breaker.failed(error)
            return False
        self.breaker.succeeded()
        reachable_again.send(sender=type(self))
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # As a cache that stored it and forgot it at once (a cache may): callers that take
        # a lock or start a counter with add() go on, and find nothing when they read.
        return self._attempt(super().add, True, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._attempt(super().get, default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().set, None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self._attempt(super().delete, False, key, version)

    def delete_pattern(self, pattern, version=None):
        return self._attempt(super().delete_pattern, 0, pattern, version=version)

    def get_many(self, keys, version=None):
        return self._attempt(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._attempt(super().has_key, False, key, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._attempt(super().incr, missing, key, delta, version)
        if result is missing:  # as for a key that is not there: rate counters start again
            raise ValueError(f"Key '{key}' not found (the cache cannot be reached)")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().set_many, [], data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._attempt(super().delete_many, None, keys, version)

    def clear(self):
        return self._attempt(super().clear, None)
