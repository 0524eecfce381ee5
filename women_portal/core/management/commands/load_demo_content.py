from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app's demo loader, in dependency order: helplines before the pages that show them,
# pages before what lists them.
DEMO_LOADERS = [
    "women_portal.core.demo",
    "home.demo",
]


class Command(BaseCommand):
    help = "Load the Arabic, French and English demo content. Safe to run again: it adds only what is missing."

    def handle(self, *args, **options):
        with transaction.atomic():
            for module in DEMO_LOADERS:
                import_module(module).load()
                self.stdout.write(f"demo content: {module} ok")
