"""When Elasticsearch cannot be reached: readers search the database, writers are not
stopped, and no change is lost (docs/deploy.md, "If Elasticsearch stops").

- Every request to Elasticsearch goes through `attempt()`: while `elastic.server` knows it
  is down (for 30 seconds after a failure), nothing is asked of it, so nobody waits for a
  timeout; the outage is logged once.
- Reads: the search page (views.py) and every other search through Wagtail's backend (the
  admin's, the library's word filter: wagtail_elastic.py) ask the database when
  Elasticsearch fails or is known to be down: Wagtail's database backend, which Wagtail
  keeps up to date beside Elasticsearch under the name FALLBACK (backends.py). Without it,
  the search page says search is unavailable (503).
- Writes: a change Elasticsearch could not take (Wagtail's backend, wagtail_elastic.py; the
  library's and the forum's documents, `send_or_queue`) is queued in PendingIndexUpdate, by
  object, and the publication, post or moderation goes on.
- Catch-up: `catch_up()` sends what the database holds for each queued object. It runs in
  the task queue: from the first failure, every CATCH_UP_DELAY until Elasticsearch answers
  (when the task backend can wait, as production's can), and at once in any process that
  finds Elasticsearch back. `manage.py catch_up_search` runs it by hand; `rebuild_search`
  rebuilds everything and empties the queue.
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import default_task_backend, task

from . import elastic
from .backends import FALLBACK
from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)

LIBRARY = "library"  # elastic.LibraryItemDocument, by item id
FORUM = "forum"  # elastic.ForumPostDocument, by post id
CATCH_UP_DELAY = timedelta(minutes=1)
CATCH_UP_BATCH = 500


class ServerDown(Exception):
    """Elasticsearch cannot be reached: it failed now, or a moment ago."""


class SearchUnavailable(Exception):
    """Elasticsearch is down and no database index stands in for it."""


def elastic_usable() -> bool:
    """Elasticsearch is used, and not known to be down."""
    return elastic.enabled() and not elastic.server.is_open()


def attempt(operation, *args, catching_up: bool = False, **kwargs):
    """operation(*args, **kwargs), a request to Elasticsearch; ServerDown instead if it
    cannot be reached or is known to be down. Other errors are raised as they are."""
    if elastic.server.is_open():
        raise ServerDown
    try:
        result = operation(*args, **kwargs)
    except Exception as error:
        if not elastic.is_outage(error):
            raise
        if elastic.server.failed(error) and not catching_up:  # (the catch-up retries itself)
            transaction.on_commit(catch_up_later)
        raise ServerDown from error
    if elastic.server.succeeded() and not catching_up:
        transaction.on_commit(catch_up_soon)
    return result


# Reads


def database_backend() -> str:
    """The name of the Wagtail backend that searches the database: the default one without
    Elasticsearch, the fallback one beside it; SearchUnavailable if there is none."""
    if not elastic.enabled():
        return "default"
    if FALLBACK in settings.WAGTAILSEARCH_BACKENDS:
        return FALLBACK
    raise SearchUnavailable


# Writes


def queue(index: str, ids) -> None:
    """These objects' documents could not be brought in step: catch_up() will."""
    PendingIndexUpdate.objects.bulk_create(
        [PendingIndexUpdate(index=index, object_id=str(pk)) for pk in sorted(set(map(str, ids)))],
        ignore_conflicts=True,  # already waiting: one row is enough
    )


def send(index: str, ids) -> None:
    """What the database holds now for these objects, sent to their index (their
    documents, or their removal). Raises what the client raises."""
    if index == LIBRARY:
        elastic.sync_library_items(int(pk) for pk in ids)
    elif index == FORUM:
        elastic.sync_forum_posts(int(pk) for pk in ids)
    else:
        from .wagtail_elastic import wagtail_backend

        try:
            model = apps.get_model(index)
        except LookupError:  # a model removed since
            model = None
        backend = wagtail_backend()
        if model is None or backend is None:
            logger.warning(
                "Queued index updates of %s are dropped (no such model, or Wagtail's "
                "backend is not women_portal.search.wagtail_elastic): run rebuild_search",
                index,
            )
            return
        backend.send_now(model, ids)


def send_or_queue(index: str, ids, operation=None) -> None:
    """Bring these objects' documents in step now (by `operation()`, else by sending what
    the database holds); queue them if Elasticsearch cannot be reached. Never raised: a
    document Elasticsearch refuses (a mapping that changed) is logged, and sending it again
    would not help: rebuild_search will, once the mapping is fixed."""
    ids = set(ids)
    if not ids:
        return
    try:
        attempt(operation or send, *(() if operation else (index, ids)))
    except ServerDown:
        queue(index, ids)
    except Exception:
        logger.exception(
            "Documents of %s %s were refused by Elasticsearch: run manage.py rebuild_search",
            index,
            sorted(ids),
        )


# Catch-up


def catch_up() -> int:
    """Send every queued update, oldest first, CATCH_UP_BATCH objects at a time; returns
    how many objects were sent. ServerDown if Elasticsearch cannot be reached: what is left
    stays queued."""
    sent = 0
    while rows := list(PendingIndexUpdate.objects.order_by("pk")[:CATCH_UP_BATCH]):
        by_index = defaultdict(set)
        for row in rows:
            by_index[row.index].add(row.object_id)
        for index, ids in by_index.items():
            attempt(send, index, ids, catching_up=True)
        # Sent as the database held them when read; a change made since was sent on its own.
        PendingIndexUpdate.objects.filter(pk__in=[row.pk for row in rows]).delete()
        sent += len(rows)
    return sent


@task()
def catch_up_task() -> str:
    if not elastic.enabled():
        return "Elasticsearch is not used"
    try:
        sent = catch_up()
    except ServerDown:
        catch_up_later()
        return "Elasticsearch cannot be reached: tried again later"
    if sent:
        logger.warning("%s index updates missed while Elasticsearch was down were sent", sent)
    return f"{sent} sent"


def catch_up_later() -> None:
    """The catch-up, in CATCH_UP_DELAY, in the task queue (only a queue that can wait: the
    development server's runs tasks at once; there, catch_up_soon() does it)."""
    if default_task_backend.supports_defer:
        catch_up_task.using(run_after=timezone.now() + CATCH_UP_DELAY).enqueue()


def catch_up_soon() -> None:
    """Elasticsearch is back in this process: the catch-up, if anything waits."""
    if PendingIndexUpdate.objects.exists():
        catch_up_task.enqueue()
