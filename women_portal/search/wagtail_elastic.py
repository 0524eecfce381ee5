"""Wagtail's Elasticsearch 8 backend, for a server that may be down (backends.py names it).

Wagtail catches what its Elasticsearch backend raises while indexing, logs it with a
traceback, and forgets the change: the index would miss it until the next rebuild. Here a
change that cannot be sent is queued instead (outage.queue, one row per object), and
nothing is sent while Elasticsearch is known to be down, so an editor's publication never
waits for it; the outage is logged once (elastic.server). A search that cannot be asked
of Elasticsearch is asked of the database backend beside it (backends.FALLBACK): the
admin's searches and choosers, the library's word filter. (The search page chooses its
indexes itself, outage.py.) The client gives up connecting quickly (elastic.CLIENT_OPTIONS).
"""

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)
from modelsearch.index import get_indexed_instance
from wagtail.search.backends import get_search_backend

from . import elastic, outage


class FallingBackResults(Elasticsearch8SearchResults):
    """Read from Elasticsearch, or, when it cannot be reached, from the same search in the
    database backend (SearchUnavailable if there is none)."""

    def in_database(self):
        compiler = self.query_compiler
        database = get_search_backend(outage.database_backend())
        autocomplete = isinstance(compiler, self.backend.autocomplete_query_compiler_class)
        search = database.autocomplete if autocomplete else database.search
        results = search(
            compiler.query,  # with its operator
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        return results[self.start : self.stop]

    def _do_search(self):
        search = super()._do_search  # a generator: Elasticsearch is asked as it is read
        try:
            return outage.attempt(lambda: list(search()))
        except outage.ServerDown:
            return list(self.in_database())

    def _do_count(self):
        try:
            return outage.attempt(super()._do_count)
        except outage.ServerDown:
            return self.in_database().count()

    def facet(self, field_name):
        try:
            return outage.attempt(super().facet, field_name)
        except outage.ServerDown:
            return self.in_database().facet(field_name)


class PortalElasticsearchBackend(Elasticsearch8SearchBackend):
    results_class = FallingBackResults

    def __init__(self, params):
        # A copy: the settings' OPTIONS are not changed.
        params = {**params, "OPTIONS": {**elastic.CLIENT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(params)

    def add(self, obj):
        self._send_or_queue(type(obj), [obj.pk], super().add, obj)

    def add_bulk(self, model, obj_list):
        obj_list = list(obj_list)
        pks = [obj.pk for obj in obj_list]
        self._send_or_queue(model, pks, super().add_bulk, model, obj_list)

    def delete(self, obj):
        self._send_or_queue(type(obj), [obj.pk], super().delete, obj)

    def _send_or_queue(self, model, pks, operation, *args) -> None:
        try:
            outage.attempt(operation, *args)
        except outage.ServerDown:
            outage.queue(model._meta.label_lower, pks)

    def send_now(self, model, pks) -> None:
        """Bring these objects' documents in step with the database (the catch-up): those
        Wagtail indexes now are indexed again, the others deleted. Raises what the client
        raises."""
        pks = {str(pk) for pk in pks}
        indexed = [
            instance
            for obj in model._default_manager.filter(pk__in=pks)
            if (instance := get_indexed_instance(obj)) is not None
        ]
        if indexed:
            super().add_bulk(model, indexed)
        for pk in sorted(pks - {str(obj.pk) for obj in indexed}):
            super().delete(model(pk=pk))  # a missing document is not an error


SearchBackend = PortalElasticsearchBackend


def wagtail_backend() -> PortalElasticsearchBackend | None:
    """The default backend, if it is this one."""
    backend = get_search_backend()
    return backend if isinstance(backend, PortalElasticsearchBackend) else None
