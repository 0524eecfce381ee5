"""Search results on PostgreSQL: one query over Wagtail's index per slice shown.

Wagtail's database backend joins a model to its index entries on the model's id cast to
text, so PostgreSQL cannot look the matches up by id: it reads the model's whole table for
every search (50,000 forum posts, 10,000 library items), once to count and once to rank.
Here the entries of the group's types matching the words are found first, in one GIN
index (migration 0003), and sorted by id; the newest are checked against the candidates
by id (one index probe each) until MAX_RANKED are found, ranked as Wagtail ranks them
(its field weights, the title's norm) and counted in the same query (a window count).
Only the objects of the slice shown are then read.

A word found in thousands of entries of a group (a common word, a place name in every
forum post) would make every search check and rank them all. Only the newest MAX_RANKED
matches of a group are ranked, and the count then reads "more than MAX_RANKED". Readers
see the first page or two; a word in more than 300 texts of a group says little on its
own, and the newest of them are the best guess until another word or a facet narrows the
search (then every match is ranked). Each ranked match costs an index probe, a read of
its vectors and the ranking: with 1,000, a search with new words cost the server about a
quarter more than with 300 (bench: 10,000 library texts, 50,000 posts).

The index is still Wagtail's, kept up to date by Wagtail on publish, unpublish and delete;
only the reading differs. Every model indexed here has an integer id (checks.py), so the
entries' text ids are cast to integers.
"""

from django.core.exceptions import EmptyResultSet
from django.db import connection
from modelsearch.backends.database.postgres.weights import get_sql_weights, get_weight
from modelsearch.utils import get_descendants_content_types_pks

from .indexing import NORMALISED_FIELDS

FIRST_READ = 10  # the first read serves the three hits of "all" and a group's first page
MAX_RANKED = 300

# The matches: the normalised words (`body`) and one of the types, in the expression
# migration 0003 indexes.
# They are sorted by id on their own (OFFSET 0 keeps PostgreSQL from sorting the entries
# with their vectors after the check), so the check stops at the newest MAX_RANKED + 1
# readable ones: an index probe each, newest first. The check's own OFFSET 0 keeps it a
# probe: written as IN (or EXISTS without it), PostgreSQL joins instead, and when it expects
# few matches (the word is common only in this group's texts) it first reads every
# candidate (4 ms for the library's 12,000 pages).
# The one more only tells that there are more (it is counted, never ranked or listed: the
# oldest of them, ranked, could push one of the newest MAX_RANKED off the list).
# Those found are ranked as Wagtail's backend ranks: each field's weights, plus the title
# scaled by its norm. The title's words are those of `search_title`, normalised like the
# query, found in `body` by their weight: Wagtail's `title` holds the title as written,
# whose words a normalised query rarely matches (in Arabic, never: "المرأة" is "مرا").
RANKED_IDS = """
SELECT newest.id, newest.total
FROM (
  SELECT limited.*, row_number() OVER (ORDER BY limited.id DESC) AS position,
         count(*) OVER () AS total
  FROM (
    SELECT match.id, match.entry_id
    FROM (
        SELECT entry.object_id::integer AS id, entry.id AS entry_id
        FROM wagtailsearch_indexentry entry
        WHERE (entry.body || array_to_tsvector(ARRAY['ct:' || entry.content_type_id::text]))
              @@ (to_tsquery(%(config)s::regconfig, %(query)s) && %(types)s::tsquery)
          -- Words PostgreSQL's parser drops (only "_") leave the types alone: nothing.
          AND numnode(to_tsquery(%(config)s::regconfig, %(query)s)) > 0
        ORDER BY 1 DESC
        OFFSET 0
    ) match
    WHERE EXISTS (SELECT FROM (CANDIDATES) candidate (id) WHERE candidate.id = match.id OFFSET 0)
    ORDER BY match.id DESC
    LIMIT %(newest)s
  ) limited
) newest
JOIN wagtailsearch_indexentry entry ON entry.id = newest.entry_id,
to_tsquery(%(config)s::regconfig, %(query)s) query
WHERE newest.position <= %(ranked)s
ORDER BY ts_rank(%(weights)s::float4[], ts_filter(entry.body, %(title_weight)s::"char"[]), query)
           * entry.title_norm
         + ts_rank(%(weights)s::float4[], entry.body, query) DESC,
         newest.id DESC
LIMIT %(limit)s OFFSET %(offset)s
"""


def title_weight() -> str:
    """The weight of `search_title`'s words in `body`, as ts_filter takes it: no other field
    in `body` has its boost (the others have none)."""
    (title,) = [field for field in NORMALISED_FIELDS if field.field_name == "search_title"]
    return "{" + get_weight(title.boost) + "}"


def types_tsquery(types) -> str:
    """Any of the content types, as the lexemes migration 0003 gives each entry."""
    return " | ".join(f"'ct:{int(pk)}'" for pk in types)


def id_sql(queryset) -> tuple[str, dict] | None:
    """The ids `queryset` selects, as SQL with named placeholders (to sit beside the
    ranking's) and their values; None if it can select nothing."""
    ids = queryset.prefetch_related(None).order_by().values("pk")
    try:
        sql, params = ids.query.sql_with_params()
    except EmptyResultSet:  # none() or an empty filter
        return None
    names = {f"candidate{n}": value for n, value in enumerate(params)}
    return sql.replace("%%", "%%%%") % tuple(f"%({name})s" for name in names), names


def tsquery_text(words: list[str], any_word: bool) -> str:
    """The words as quoted lexemes of a tsquery, joined by & (all) or | (any)."""
    quoted = ("'" + word.replace("\\", "\\\\").replace("'", "''") + "'" for word in words)
    return (" | " if any_word else " & ").join(quoted)


class RankedResults:
    """The candidates matching the words, best first; sliced and counted like a queryset
    (Paginator reads them so)."""

    def __init__(
        self,
        candidates: tuple[str, dict] | None,
        shown,
        words: list[str],
        any_word: bool,
        config: str,
        types,
    ):
        # The ids this reader may find, as id_sql() gives them.
        self.candidates = candidates
        # What the hits are read from, by id: the ranking has kept to the candidates, so
        # their filters are not applied (and compiled) again.
        self.shown = shown
        # The content types whose entries are searched: the shown model's by default.
        self.types = types or get_descendants_content_types_pks(shown.model)
        self.query = tsquery_text(words, any_word)
        self.config = config
        self.total: int | None = None
        self.known: tuple[int, int, list[int]] = (0, 0, [])  # start, stop, ids of the last read

    def ranked_ids(self, start: int, stop: int) -> list[tuple[int, int]]:
        """(id, number of matches) of the matches from start to stop, best first."""
        if not (self.types and self.query and self.candidates):
            return []  # (an empty tsquery would match, not exclude)
        candidates, names = self.candidates
        with connection.cursor() as cursor:
            cursor.execute(
                RANKED_IDS.replace("CANDIDATES", candidates),
                {
                    **names,
                    "types": types_tsquery(self.types),
                    "config": self.config,
                    "query": self.query,
                    "newest": MAX_RANKED + 1,  # one more, to know there are more
                    "ranked": MAX_RANKED,
                    "weights": get_sql_weights(),
                    "title_weight": title_weight(),
                    "limit": stop - start,
                    "offset": start,
                },
            )
            return cursor.fetchall()

    @property
    def more(self) -> bool:
        """More matches than were ranked: the count is "more than" it."""
        self.count()
        return (self.total or 0) > MAX_RANKED

    def ranked(self, start: int, stop: int) -> list[int]:
        """The ids from start to stop, read with a few more (the first read) and kept."""
        first, last, ids = self.known
        if not first <= start <= stop <= last:
            read_stop = max(stop, start + FIRST_READ)
            rows = self.ranked_ids(start, read_stop) if self.total != 0 else []
            if rows:
                self.total = rows[0][1]
            elif start == 0:
                self.total = 0
            first, last, ids = self.known = (start, read_stop, [pk for pk, _ in rows])
        return ids[start - first : stop - first]

    def count(self) -> int:
        if self.total is None:
            self.ranked(0, FIRST_READ)
        return min(self.total or 0, MAX_RANKED)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list:
        ids = self.ranked(key.start or 0, key.stop)
        found = self.shown.order_by().in_bulk(ids)  # in the ranking's order, not the model's
        # An object gone since the ranking (deleted a moment ago) is left out.
        return [found[pk] for pk in ids if pk in found]
