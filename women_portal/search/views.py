from django.core.paginator import Paginator
from django.http import QueryDict
from django.shortcuts import render
from wagtail.models import Locale

from home.models import ThemePage
from women_portal.core.ratelimits import limited

from .groups import GROUPS
from .normalise import terms

RESULTS_PER_PAGE = 10
RESULTS_PER_GROUP_IN_ALL = 3
MAX_QUERY_LENGTH = 200


def group_url(params: QueryDict, name: str | None) -> str:
    query = params.copy()
    query.pop("page", None)
    if name:
        query["group"] = name
    else:
        query.pop("group", None)
    return f"?{query.urlencode()}"


@limited("search")
def search(request):
    """One search over articles and pages, the library, statistics and the forum, in the
    reader's language; results grouped, with the words found marked in a snippet."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    groups = [group(locale, request.GET, request.user) for group in GROUPS]
    chosen = next((g for g in groups if g.name == request.GET.get("group")), None)
    context = {"query": query, "chosen": chosen, "tabs": [], "sections": [], "results": None}

    if not terms(query):
        context["themes"] = ThemePage.objects.live().filter(locale=locale).order_by("path")
        return render(request, "search/search.html", context)

    found = {group.name: group.search(query) for group in groups}
    counts = {name: results.count() for name, results in found.items()}
    context["total"] = sum(counts.values())
    context["tabs"] = [
        {
            "label": g.label,
            "count": counts[g.name],
            "url": group_url(request.GET, g.name),
            "current": g is chosen,
        }
        for g in groups
    ]
    context["all_url"] = group_url(request.GET, None)
    if chosen:
        page = Paginator(found[chosen.name], RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        page.hits = [chosen.hit(result, query) for result in page]
        rest = request.GET.copy()
        rest.pop("page", None)
        context.update(results=page, page_query=f"{rest.urlencode()}&")
    else:
        context["sections"] = [
            {
                "group": group,
                "count": counts[group.name],
                "url": group_url(request.GET, group.name),
                "hits": [
                    group.hit(result, query)
                    for result in found[group.name][:RESULTS_PER_GROUP_IN_ALL]
                ],
            }
            for group in groups
            if counts[group.name]
        ]
    return render(request, "search/search.html", context)
