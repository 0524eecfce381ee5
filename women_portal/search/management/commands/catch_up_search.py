from django.core.management.base import BaseCommand, CommandError

from women_portal.search import elastic, outage
from women_portal.search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = (
        "Send Elasticsearch the index changes it missed while it could not be reached (the "
        "catch-up queue; the task queue also sends them by itself once it is back)."
    )

    def handle(self, *args, **options):
        if not elastic.enabled():
            raise CommandError("ELASTICSEARCH_URL is not set: search uses the database only.")
        try:
            sent = outage.catch_up()
        except outage.ServerDown as error:
            waiting = PendingIndexUpdate.objects.count()
            raise CommandError(
                f"Elasticsearch cannot be reached ({error.__cause__ or 'known down'}): "
                f"{waiting} updates still wait; try again once it is up."
            ) from error
        self.stdout.write(f"{sent} updates sent: Elasticsearch is up to date.")
