from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from women_portal.statistics.importer import apply, plan_import


class Command(BaseCommand):
    help = "Import observations from a CSV file (the columns of the CSV download). All or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would change; write nothing."
        )

    def handle(self, *args, file: Path, dry_run: bool, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        plan = plan_import(data)
        if not plan.is_valid:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"  {p}" for p in plan.problems)
            )
        summary = f"{len(plan.new)} new, {len(plan.changed)} changed, {plan.unchanged} unchanged"
        if dry_run:
            self.stdout.write(f"Dry run, nothing written: {summary}.")
            return
        apply(plan)
        self.stdout.write(f"Imported: {summary}.")
