"""Search results on PostgreSQL: one query over Wagtail's index per slice shown.

Wagtail's database backend joins a model to its index entries on the model's id cast to
text, so PostgreSQL cannot look the matches up by id: it reads the model's whole table for
every search (50,000 forum posts, 10,000 library items), once to count and once to rank.
Here the entries matching the words are found first (the GIN index of migration 0001),
each is checked against the candidates by its id (one index probe per match), ranked as
Wagtail ranks them (its field weights, the title's norm) and counted in the same query (a
window count). Only the objects of the slice shown are then read.

The index is still Wagtail's, kept up to date by Wagtail on publish, unpublish and delete;
only the reading differs. Every model indexed here has an integer id, so the entries' text
ids are cast to integers.
"""

from django.core.exceptions import EmptyResultSet
from django.db import connection
from modelsearch.backends.database.postgres.weights import get_sql_weights
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends.database.postgres.postgres import IndexEntry  # the one it writes

FIRST_READ = 10  # the first read serves the three hits of "all" and a group's first page

# Ranked as Wagtail's backend ranks: each field's weights, the title scaled by its norm.
# The document expression is the one the GIN index of migration 0001 serves.
RANKED_IDS = """
SELECT entry.object_id::integer, count(*) OVER ()
FROM wagtailsearch_indexentry entry, to_tsquery(%s::regconfig, %s) query
WHERE entry.content_type_id = ANY(%s)
  AND (entry.title || entry.body) @@ query
  AND entry.object_id::integer IN (CANDIDATES)
ORDER BY ts_rank(%s::float4[], entry.title, query) * entry.title_norm
         + ts_rank(%s::float4[], entry.body, query) DESC,
         1 DESC
LIMIT %s OFFSET %s
"""


def tsquery_text(words: list[str], any_word: bool) -> str:
    """The words as quoted lexemes of a tsquery, joined by & (all) or | (any)."""
    quoted = ("'" + word.replace("\\", "\\\\").replace("'", "''") + "'" for word in words)
    return (" | " if any_word else " & ").join(quoted)


class RankedResults:
    """The candidates matching the words, best first; sliced and counted like a queryset
    (Paginator reads them so)."""

    def __init__(self, candidates, words: list[str], any_word: bool, config: str):
        self.candidates = candidates
        self.query = tsquery_text(words, any_word)
        self.config = config
        self.total: int | None = None
        self.known: tuple[int, int, list[int]] = (0, 0, [])  # start, stop, ids of the last read

    def ranked_ids(self, start: int, stop: int) -> list[tuple[int, int]]:
        """(id, number of matches) of the matches from start to stop, best first."""
        ids = self.candidates.prefetch_related(None).order_by().values("pk")
        try:
            candidates, candidate_params = ids.query.sql_with_params()
        except EmptyResultSet:  # no candidates at all (none() or an empty filter)
            return []
        sql = RANKED_IDS.replace("wagtailsearch_indexentry", IndexEntry._meta.db_table).replace(
            "CANDIDATES", candidates
        )
        types = get_descendants_content_types_pks(self.candidates.model)
        weights = get_sql_weights()
        with connection.cursor() as cursor:
            cursor.execute(
                sql,
                [self.config, self.query, types, *candidate_params, weights, weights]
                + [stop - start, start],
            )
            return cursor.fetchall()

    def ranked(self, start: int, stop: int) -> list[int]:
        """The ids from start to stop, read with a few more (the first read) and kept."""
        first, last, ids = self.known
        if not first <= start <= stop <= last:
            stop = max(stop, start + FIRST_READ)
            rows = self.ranked_ids(start, stop) if self.total != 0 else []
            if rows:
                self.total = rows[0][1]
            elif start == 0:
                self.total = 0
            first, last, ids = self.known = (start, stop, [pk for pk, _ in rows])
        return ids[start - first : stop - first]

    def count(self) -> int:
        if self.total is None:
            self.ranked(0, FIRST_READ)
        return self.total or 0

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list:
        ids = self.ranked(key.start or 0, key.stop)
        found = self.candidates.in_bulk(ids)
        # A candidate gone since the ranking (deleted a moment ago) is left out.
        return [found[pk] for pk in ids if pk in found]
