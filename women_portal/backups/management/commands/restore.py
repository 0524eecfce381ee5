from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from women_portal.backups.archive import restore
from women_portal.pagecache.cache import purge_all


class Command(BaseCommand):
    help = "Replace the database and the uploaded files with those of a backup archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--yes", action="store_true", help="Confirm: what is there now is replaced."
        )

    def handle(self, *args, archive: Path, yes: bool, **options):
        if not archive.is_file():
            raise CommandError(f"No archive at {archive}.")
        if not yes:
            raise CommandError(
                "Restoring replaces the current database and files: add --yes to confirm."
            )
        try:
            manifest = restore(archive)
        except ValueError as error:
            raise CommandError(f"Nothing was restored: {error}") from error
        purge_all()  # pages and remembered values from before the restore are not served
        self.stdout.write(f"Restored the backup of {manifest['created']}.")
