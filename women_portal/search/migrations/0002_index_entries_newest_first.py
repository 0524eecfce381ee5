"""On PostgreSQL, ranking.py ranks only the newest matches of a word found in thousands of
entries: this index gives an entry's id as a number, newest first, per content type, so
PostgreSQL can walk the newest entries and stop once it has enough."""

from django.db import migrations

INDEX = "portal_search_indexentry_newest"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "wagtailsearch_indexentry" '
            '("content_type_id", (("object_id")::integer) DESC)'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX}"')


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_index_whole_documents")]

    operations = [migrations.RunPython(create, drop)]
