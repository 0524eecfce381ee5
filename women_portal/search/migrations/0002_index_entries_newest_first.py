"""On PostgreSQL, ranking.py ranks only the newest matches of a word found in thousands of
entries: this index gives an entry's id as a number, newest first, per content type, so
PostgreSQL can walk the newest entries and stop once it has enough."""

from django.db import migrations

from women_portal.search.postgresql_indexes import postgresql_index


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_index_whole_documents")]

    operations = [
        postgresql_index(
            "portal_search_indexentry_newest",
            '("content_type_id", (("object_id")::integer) DESC)',
        )
    ]
