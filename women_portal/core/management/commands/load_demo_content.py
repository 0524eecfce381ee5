from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from women_portal.core.locales import ensure_content_locales

# Each app's demo loader, in dependency order: pages before what lists them.
DEMO_LOADERS = [
    "home.demo",
    "women_portal.core.demo",
]


class Command(BaseCommand):
    help = "Load the Arabic, French and English demo content. Safe to run again: it adds only what is missing."

    def handle(self, *args, **options):
        with transaction.atomic():
            ensure_content_locales()
            for module in DEMO_LOADERS:
                import_module(module).load()
                self.stdout.write(f"demo content: {module} ok")
