"""Open data: the same columns for CSV download, CSV import and the JSON API."""

import csv

from django.conf import settings
from django.http import HttpResponse

# Each row of a download says what it is, so that a file passed on alone still carries the
# indicator's name (in the page's language), unit and source, and whether the figures are
# made-up samples. An import reads the observation's columns and ignores these.
CSV_COLUMNS = [
    "indicator",
    "name",
    "unit",
    "period",
    "geography",
    "sex",
    "value",
    "flag",
    "note",
    "source",
    "sample",
]


def csv_row(observation) -> list[str]:
    indicator = observation.indicator
    return [
        indicator.code,
        indicator.name,
        indicator.unit,
        observation.period,
        observation.geography,
        observation.sex,
        format(observation.value.normalize(), "f"),
        observation.flag,
        observation.note,
        indicator.source_name,
        "true" if indicator.is_sample else "false",
    ]


def csv_response(observations, filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for observation in observations:
        writer.writerow(csv_row(observation))
    return response


def translations(indicator, field: str) -> dict[str, str]:
    return {code: getattr(indicator, f"{field}_{code}") or "" for code, _name in settings.LANGUAGES}


def indicator_summary(indicator, request) -> dict:
    from django.urls import reverse

    return {
        "code": indicator.code,
        "name": translations(indicator, "name"),
        "description": translations(indicator, "description"),
        "unit": indicator.unit,
        "theme": indicator.theme.key,
        "source": {"name": translations(indicator, "source_name"), "url": indicator.source_url},
        "licence": indicator.licence,
        "sample_data": indicator.is_sample,
        "last_updated": indicator.last_updated.isoformat(),
        "observations_url": request.build_absolute_uri(
            reverse("statistics_api_observations") + f"?indicator={indicator.code}"
        ),
    }


def observation_document(observation) -> dict:
    return {
        "indicator": observation.indicator.code,
        "period": observation.period,
        "geography": observation.geography,
        "sex": observation.sex,
        "value": float(observation.value),
        "flag": observation.flag or None,
        "note": observation.note or None,
    }


def indicator_document(indicator, observations, request) -> dict:
    return {
        **indicator_summary(indicator, request),
        "methodology": translations(indicator, "methodology"),
        "observations": [observation_document(o) for o in observations],
    }
