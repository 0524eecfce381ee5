"""Whole-page cache for anonymous readers.

A reader without a session (not logged in, no pending message, not on a kiosk) gets the
page as it was rendered for the last such reader of the same address. Any change an editor
makes (a page published, unpublished or deleted, a setting, a helpline, an indicator)
empties the whole cache at once: every page shows the header, footer and lists, so knowing
exactly which pages show what would be fragile, and edits are rare next to readings.
The cache is emptied by moving to a new generation number, which every key contains.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation

GENERATION_KEY = "pagecache:generation"
CHROME_SECONDS = 24 * 3600
CACHED_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Vary")


def generation() -> int:
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def purge_all() -> None:
    """Forget every cached page (call after any change readers should see)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet: nothing is cached
        cache.set(GENERATION_KEY, 2, timeout=None)


def remember(name: str, compute):
    """compute(), kept until the next change: for what every page shows (menu, footer…),
    so pages that cannot be cached whole still skip those queries. Per language."""
    key = f"pagecache:{generation()}:{translation.get_language()}:{name}"
    return cache.get_or_set(key, compute, timeout=CHROME_SECONDS)


def is_cacheable_request(request) -> bool:
    if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in settings.PAGE_CACHE_SKIP_COOKIES):
        return False
    return not request.path.startswith(settings.PAGE_CACHE_SKIP_PATHS)


def key_for(request) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"pagecache:{generation()}:{digest}"


def load(request) -> HttpResponse | None:
    stored = cache.get(key_for(request))
    if stored is None:
        return None
    status, headers, content = stored
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
    headers = {name: response[name] for name in CACHED_HEADERS if response.has_header(name)}
    cache.set(
        key_for(request),
        (response.status_code, headers, response.content),
        settings.PAGE_CACHE_SECONDS,
    )
