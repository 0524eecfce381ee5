"""On PostgreSQL, ranking.py looks for a group's matches in one GIN index that holds each
entry's words and its content type (as the lexeme `ct:<id>`, which no text can yield: the
parser splits words at colons). With the words in one index and the type in another,
PostgreSQL judged reading every entry of the type and testing its words cheaper than
combining the two; for a word in thousands of library texts that took 40 ms instead of 5.

The newest-first index of 0002 is dropped: the matches are now sorted by id (a few
thousand integers) and nothing walks it. 0001's index stays for Wagtail's own searches
(the admin's)."""

from django.db import migrations

from women_portal.search.postgresql_indexes import postgresql_index


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0002_index_entries_newest_first")]

    operations = [
        postgresql_index(
            "portal_search_indexentry_typed_document_gin",
            """USING gin (("title" || "body" || array_to_tsvector(ARRAY['ct:' || "content_type_id"::text])))""",
        ),
        postgresql_index(
            "portal_search_indexentry_newest",
            '("content_type_id", (("object_id")::integer) DESC)',
            drop=True,
        ),
    ]
