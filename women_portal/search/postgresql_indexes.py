"""Indexes of Wagtail's search table that only PostgreSQL has (SQLite searches through FTS5):
created and dropped by this app's migrations, on PostgreSQL only."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def postgresql_index(name: str, definition: str, *, drop: bool = False) -> migrations.RunPython:
    """A migration operation creating the index `name` (`definition`: what follows the
    table's name in CREATE INDEX) and dropping it when migrated back; or, with `drop`,
    the reverse."""

    def create(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{TABLE}" {definition}')

    def remove(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')

    return migrations.RunPython(remove, create) if drop else migrations.RunPython(create, remove)
