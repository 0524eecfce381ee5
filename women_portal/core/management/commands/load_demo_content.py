from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from women_portal.core.locales import synchronise_language_trees

# Each app's demo loaders, in dependency order: helplines and indicators before the
# articles that show them, the home page before the pages under it.
DEMO_LOADERS = [
    "women_portal.core.demo.load",
    "women_portal.statistics.demo.load_indicators",
    "home.demo.load",
    "women_portal.statistics.demo.load_page",
    "library.demo.load",
    "services.demo.load",
    "forum.demo.load",
]


class Command(BaseCommand):
    help = "Load the Arabic, French and English demo content. Safe to run again: it adds only what is missing."

    def handle(self, *args, **options):
        with transaction.atomic():
            for loader in DEMO_LOADERS:
                module, function = loader.rsplit(".", 1)
                getattr(import_module(module), function)()
                self.stdout.write(f"demo content: {loader} ok")
            # What exists in one language only appears in the others (core/locales.py).
            synchronise_language_trees()
            self.stdout.write("demo content: language trees synchronised")
