"""Read-only JSON API: /api/statistics/indicators/ and /api/statistics/observations/."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from women_portal.core.ratelimits import limited

from .models import Geography, Indicator, Observation, Sex
from .opendata import indicator_summary, observation_document

PAGE_SIZE = 500


def json(data, status=200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
    return response


def page_of(request, queryset, render):
    paginator = Paginator(queryset, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "results": [render(item) for item in page],
    }


@require_GET
@limited("api")
def indicators(request):
    queryset = Indicator.objects.select_related("theme")
    if theme := request.GET.get("theme"):
        queryset = queryset.filter(theme__key=theme)
    return json(page_of(request, queryset, lambda indicator: indicator_summary(indicator, request)))


FILTERS = {
    "indicator": ("indicator__code", None),
    "sex": ("sex", Sex.values),
    "geography": ("geography", Geography.values),
    "period_from": ("period__gte", None),
    "period_to": ("period__lte", None),
}


@require_GET
@limited("api")
def observations(request):
    queryset = Observation.objects.select_related("indicator")
    for parameter, (lookup, allowed) in FILTERS.items():
        value = request.GET.get(parameter)
        if value is None:
            continue
        if allowed is not None and value not in allowed:
            message = _("Unknown %(parameter)s “%(value)s”. Use one of: %(allowed)s.") % {
                "parameter": parameter,
                "value": value[:50],
                "allowed": ", ".join(allowed),
            }
            return json({"error": message}, status=400)
        queryset = queryset.filter(**{lookup: value[:50]})
    return json(page_of(request, queryset, observation_document))
