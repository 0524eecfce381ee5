from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = (
        "Forget the IP addresses kept by login throttling once they are older than "
        "IP_RETENTION_DAYS (default 30). Meant for cron (docs/deploy/women-portal.cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.IP_RETENTION_DAYS)

    def handle(self, *args, **options):
        before = timezone.now() - timedelta(days=options["days"])
        deleted = sum(
            model.objects.filter(attempt_time__lt=before).delete()[0]
            for model in (AccessAttempt, AccessFailureLog, AccessLog)
        )
        self.stdout.write(f"{deleted} records with IP addresses older than {options['days']} days")
