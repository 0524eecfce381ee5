"""Usage figures for the municipality's reports: per day, how many visits, how long, which
sections. Computed from KioskVisit, which holds nothing personal."""

import csv
from collections import Counter
from datetime import timedelta

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import KioskVisit
from .visits import SECTIONS


def section_labels() -> dict[str, str]:
    return {
        "home": _("Home page"),
        "articles": _("Articles"),
        "library": _("Library"),
        "statistics": _("Statistics"),
        "forum": _("Forum"),
        "search": _("Search"),
        "account": _("Account"),
    }


def daily(days: int) -> list[dict]:
    """One row per day with visits, newest first, over the last `days` days."""
    since = timezone.localdate() - timedelta(days=days - 1)
    rows: dict = {}
    visits = KioskVisit.objects.filter(started_at__date__gte=since).only(
        "started_at", "last_activity_at", "ended_at", "sections"
    )
    for visit in visits:
        day = timezone.localdate(visit.started_at)
        row = rows.setdefault(day, {"day": day, "visits": 0, "seconds": 0.0, "sections": Counter()})
        row["visits"] += 1
        row["seconds"] += visit.duration.total_seconds()
        row["sections"].update(visit.sections)
    for row in rows.values():
        row["average_minutes"] = round(row["seconds"] / row["visits"] / 60, 1)
        row["section_counts"] = [row["sections"][name] for name in SECTIONS]
    return sorted(rows.values(), key=lambda row: row["day"], reverse=True)


def as_csv(rows: list[dict], filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read Arabic labels as UTF-8
    writer = csv.writer(response)
    labels = section_labels()
    writer.writerow(
        [_("Day"), _("Sessions"), _("Average length (minutes)")]
        + [labels[name] for name in SECTIONS]
    )
    for row in rows:
        writer.writerow(
            [row["day"].isoformat(), row["visits"], row["average_minutes"], *row["section_counts"]]
        )
    return response
