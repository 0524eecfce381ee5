from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from women_portal.backups.archive import create


class Command(BaseCommand):
    help = "Write one dated archive of the database and the uploaded files (for cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--to",
            type=Path,
            default=Path(settings.BASE_DIR) / "var" / "backups",
            help="Folder for the archive (default var/backups/).",
        )

    def handle(self, *args, to: Path, **options):
        archive = create(to)
        self.stdout.write(str(archive))
