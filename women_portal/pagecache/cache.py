"""Whole-page cache for anonymous readers.

A reader without a session (not logged in, no pending message, not on a kiosk) gets the
page as it was rendered for the last such reader of the same address. Any change an editor
makes (a page published, unpublished or deleted, a setting, a helpline, an indicator)
empties the whole cache at once: every page shows the header, footer and lists, so knowing
exactly which pages show what would be fragile, and edits are rare next to readings.
The cache is emptied by moving to a new generation, which every page is stored with (and
every other key contains): a page of an older generation is not served.
"""

import hashlib
import secrets
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DatabaseError, transaction
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import translation
from django_tasks import task

GENERATION_KEY = "pagecache:generation"
# While the shared cache is down, each worker keeps what it computed for this long (an edit
# made meanwhile reaches other workers' header and footer after at most this).
OUTAGE_GENERATION_SECONDS = 5
CHROME_SECONDS = 24 * 3600
MAX_REMEMBERED = 2000  # values remember() keeps in each worker
# Every header a response was stored with is replayed (the statistics API's CORS header
# included), except what belongs to one reader or to this cache's own answer.
NOT_REPLAYED = frozenset({"set-cookie", "x-page-cache"})

# The generation, read from the shared cache once per request rather than for every key.
this_request = threading.local()


@receiver(request_started)
def request_begins(**kwargs) -> None:
    this_request.generation = None
    this_request.active = True


@receiver(request_finished)
def request_ends(**kwargs) -> None:
    this_request.__dict__.clear()


def generation(known: str | None = None) -> str:
    """A random token, not a counter: should the shared cache be emptied (Redis restarted),
    the new one differs from every one a worker still remembers. `known`: the value just
    read along with something else."""
    known = known or getattr(this_request, "generation", None)
    if known is None and not getattr(cache, "reachable", lambda: True)():
        known = Outage.generation()
    if known is None:
        known = cache.get_or_set(GENERATION_KEY, lambda: secrets.token_hex(8), timeout=None)
    if getattr(this_request, "active", False):
        this_request.generation = known
    return known


class Outage:
    """This worker's own generation while the shared cache cannot be reached, renewed every
    OUTAGE_GENERATION_SECONDS: without it each request would draw a new one (the cache
    forgets at once) and render every part of every page again, many times slower."""

    token, since = None, 0.0

    @classmethod
    def generation(cls) -> str:
        if cls.token is None or time.monotonic() - cls.since > OUTAGE_GENERATION_SECONDS:
            cls.token, cls.since = f"outage-{secrets.token_hex(4)}", time.monotonic()
        return cls.token


def purge_all() -> None:
    """Forget every cached page (call after any change readers should see)."""
    old = cache.get(GENERATION_KEY)
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)
    this_request.generation = None
    # What the old generation remembered is never read again: on Redis (django-redis) the
    # task worker deletes it (forget_generation); the development memory cache culls it.
    if old and hasattr(cache, "delete_pattern"):
        transaction.on_commit(lambda: forget_later(old))


def forget_later(old: str) -> None:
    try:
        forget_generation.enqueue(old)
    except DatabaseError:  # no task table yet (the first `migrate`), or the database is down
        cache.delete_pattern(f"pagecache:{old}:*")


@task()
def forget_generation(old: str) -> int:
    """Delete what a generation remembered. Not in the editor's request: Redis is scanned
    whole and each key deleted, a quarter of a second per 10,000 pages cached, and a publish
    renews the cache twice (an editor's publish should take under a second). Until the
    worker runs, the old keys only take room; they expire in any case (PAGE_CACHE_SECONDS, CHROME_SECONDS)."""
    return cache.delete_pattern(f"pagecache:{old}:*")


class Chrome:
    """What remember() computed, kept in this worker for as long as the generation lasts:
    the header and footer of every page then cost no request to the shared cache."""

    generation = None
    values: dict = {}


def remember(name: str, compute, per_language: bool = True):
    """compute(), kept until the next change: for what every page shows (menu, footer…),
    so pages that cannot be cached whole still skip those queries."""
    current = generation()
    # Some names come from what readers ask (library filters): a worker keeps a bounded
    # number, starting again from the shared cache when there are too many.
    if Chrome.generation != current or len(Chrome.values) >= MAX_REMEMBERED:
        Chrome.generation, Chrome.values = current, {}
    if per_language:
        name = f"{translation.get_language()}:{name}"
    if name not in Chrome.values:
        shared = f"pagecache:{current}:{name}"
        Chrome.values[name] = cache.get_or_set(shared, compute, timeout=CHROME_SECONDS)
    return Chrome.values[name]


def is_cacheable_request(request) -> bool:
    if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in settings.PAGE_CACHE_SKIP_COOKIES):
        return False
    return not request.path.startswith(settings.PAGE_CACHE_SKIP_PATHS)


def key_for(request) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    return f"pagecache:page:{hashlib.sha256(address.encode()).hexdigest()}"


def load(request) -> HttpResponse | None:
    """The page as stored, if stored in the current generation: both read at once (one
    round trip to the shared cache for a page served from it)."""
    key = key_for(request)
    found = cache.get_many([GENERATION_KEY, key])
    current = generation(found.get(GENERATION_KEY))
    stored = found.get(key)
    if stored is None or stored[0] != current:
        return None
    _, status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers.items():
        response[name] = value
    return response


def store(request, response) -> None:
    if (
        response.status_code != 200
        or response.streaming
        or response.cookies  # e.g. a CSRF cookie: the page has a form for this reader
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with this reader's token
        or "private" in response.get("Cache-Control", "")
        or "no-cache" in response.get("Cache-Control", "")
    ):
        return
    headers = {
        name: value for name, value in response.headers.items() if name.lower() not in NOT_REPLAYED
    }
    cache.set(
        key_for(request),
        (generation(), response.status_code, headers, response.content),
        settings.PAGE_CACHE_SECONDS,
    )
