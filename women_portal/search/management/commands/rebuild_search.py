from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from elasticsearch.dsl import connections
from elasticsearch.helpers import bulk

from forum.search import refresh_entries
from women_portal.search import elastic
from women_portal.search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = (
        "Rebuild every search index: the forum's search entries, Wagtail's index (pages, "
        "indicators, forum entries) and, with ELASTICSEARCH_URL, the library's and the "
        "forum's Elasticsearch indexes (created anew), which empties the catch-up queue."
    )

    def handle(self, *args, **options):
        started = timezone.now()
        written, removed = refresh_entries()
        self.stdout.write(f"forum search entries: {written} written, {removed} removed")
        call_command("update_index", verbosity=options["verbosity"])
        if not elastic.enabled():
            self.stdout.write("ELASTICSEARCH_URL is not set: the database search is up to date.")
            return
        self.rebuild(
            elastic.LibraryItemDocument,
            (
                elastic.LibraryItemDocument.from_item(item)
                for item in elastic.library_items().iterator(chunk_size=500)
            ),
            "library items",
        )
        self.rebuild(
            elastic.ForumPostDocument,
            (
                elastic.ForumPostDocument.from_entry(entry)
                for entry in elastic.forum_entries().order_by("pk").iterator(chunk_size=500)
            ),
            "forum posts",
        )
        # What waited for Elasticsearch is in the new indexes (a change queued since the
        # rebuild began may not be: it stays).
        caught_up, _ = PendingIndexUpdate.objects.filter(since__lt=started).delete()
        if caught_up:
            self.stdout.write(f"catch-up queue: {caught_up} updates no longer needed")

    def rebuild(self, document_class, documents, what: str) -> None:
        """Delete the index, create it with the current mapping, fill it in bulk."""
        index = document_class._index
        index.delete(ignore_unavailable=True)
        document_class.init()
        actions = (document.to_dict(include_meta=True) for document in documents)
        indexed, errors = bulk(connections.get_connection(), actions, raise_on_error=False)
        index.refresh()
        if errors:
            raise CommandError(f"{len(errors)} {what} could not be indexed: {errors[:3]}")
        self.stdout.write(f"{what} index {index._name}: {indexed} {what}")
