from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from elasticsearch.helpers import bulk
from elasticsearch_dsl import connections

from library.models import LibraryItemPage
from women_portal.search import elastic


class Command(BaseCommand):
    help = (
        "Rebuild every search index: Wagtail's (pages, indicators) and, with "
        "ELASTICSEARCH_URL, the library's Elasticsearch index (created anew)."
    )

    def handle(self, *args, **options):
        call_command("update_index", verbosity=options["verbosity"])
        if not elastic.enabled():
            self.stdout.write("ELASTICSEARCH_URL is not set: the database search is up to date.")
            return
        index = elastic.LibraryItemDocument._index
        index.delete(ignore=404)
        elastic.LibraryItemDocument.init()
        items = (
            LibraryItemPage.objects.live()
            .public()
            .select_related("organisation", "locale", "document__analysis")
            .prefetch_related("themes", "languages", "tags")
        )
        actions = (
            elastic.LibraryItemDocument.from_item(item).to_dict(include_meta=True)
            for item in items.iterator(chunk_size=500)
        )
        indexed, errors = bulk(connections.get_connection(), actions, raise_on_error=False)
        index.refresh()
        if errors:
            raise CommandError(f"{len(errors)} library items could not be indexed: {errors[:3]}")
        self.stdout.write(f"library index {elastic.LIBRARY_INDEX}: {indexed} items")
