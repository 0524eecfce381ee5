"""On PostgreSQL, ranking.py looks for a group's matches in one GIN index that holds each
entry's normalised words and its content type (as the lexeme `ct:<id>`, which no text can
yield: the parser splits words at colons). With the words in one index and the type in
another, PostgreSQL judged reading every entry of the type and testing its words cheaper
than combining the two; for a word in thousands of library texts that took 40 ms instead
of 5.

Only `body` is indexed: every model the portal searches has its texts there, normalised
(search/indexing.py). `title` holds the title as written, for Wagtail's own searches (the
admin's, 0001's index) and for the ranking; its words are not what a normalised query
looks for, and "في" in a title would be found by "الفئة", whose stem it is.

The newest-first index of 0002 is dropped: the matches are now sorted by id (a few
thousand integers) and nothing walks it."""

from django.db import migrations

from women_portal.search.postgresql_indexes import postgresql_index


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0002_index_entries_newest_first")]

    operations = [
        postgresql_index(
            "portal_search_indexentry_typed_body_gin",
            """USING gin (("body" || array_to_tsvector(ARRAY['ct:' || "content_type_id"::text])))""",
        ),
        postgresql_index(
            "portal_search_indexentry_newest",
            '("content_type_id", (("object_id")::integer) DESC)',
            drop=True,
        ),
    ]
