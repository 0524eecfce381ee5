import functools

from django.core.paginator import Paginator
from django.http import QueryDict
from django.shortcuts import render
from wagtail.models import Locale

from home.models import ThemePage
from women_portal.core.ratelimits import limited
from women_portal.pagecache.cache import remember

from . import elastic, outage
from .groups import GROUPS, ForumGroup
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


def found(params: QueryDict, query: str, groups: list, chosen) -> dict:
    """What the search finds, as the results part of the page shows it."""
    results = {group.name: group.search(query) for group in groups}
    counts = {name: hits.count() for name, hits in results.items()}
    # More matches than were ranked (ranking.py): the count is a lower bound.
    more = {name: getattr(hits, "more", False) for name, hits in results.items()}
    shown = {
        "total": sum(counts.values()),
        "more": any(more.values()),
        "all_url": group_url(params, None),
        "tabs": [
            {
                "label": g.label,
                "count": counts[g.name],
                "more": more[g.name],
                "url": group_url(params, g.name),
                "current": g is chosen,
            }
            for g in groups
        ],
        "sections": [],
        "results": None,
        "chosen_more": False,
        "page_query": "",
    }
    if chosen:
        page = Paginator(results[chosen.name], RESULTS_PER_PAGE).get_page(params.get("page"))
        page.hits = chosen.hits(page, query)
        rest = params.copy()
        rest.pop("page", None)
        shown.update(results=page, page_query=f"{rest.urlencode()}&", chosen_more=more[chosen.name])
    else:
        shown["sections"] = [
            {
                "group": group,
                "count": counts[group.name],
                "more": more[group.name],
                "url": group_url(params, group.name),
                "hits": group.hits(results[group.name][:RESULTS_PER_GROUP_IN_ALL], query),
            }
            for group in groups
            if counts[group.name]
        ]
    return shown


@limited("search")
def search(request):
    """One search over articles and pages, the library, statistics and the forum, in the
    reader's language; results grouped, with the words found marked in a snippet.

    With Elasticsearch, the database answers while it cannot be reached (outage.py); this
    answer is not kept in the page cache, so the reader who comes once it is back gets its
    results. With no database index beside it, the reader is told search is unavailable."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    locale = remember("locale", Locale.get_active)
    if not terms(query):
        return start_page(request, query, locale)
    if outage.elastic_usable():
        try:
            return results_page(request, query, locale, use_elastic=True)
        except outage.ServerDown:
            pass  # it failed now: known down for a while, so the database answers
    if elastic.enabled():
        request.skip_page_cache = True
        try:
            outage.database_backend()
        except outage.SearchUnavailable:
            return start_page(request, query, locale, unavailable=True)
    return results_page(request, query, locale, use_elastic=False)


def start_page(request, query: str, locale, unavailable: bool = False):
    """No words to look for, or no index to look in: themes to start from."""
    context = {
        "query": query,
        "chosen": None,
        "themes": ThemePage.objects.live().filter(locale=locale).order_by("path"),
        "unavailable": unavailable,
    }
    response = render(request, "search/search.html", context, status=503 if unavailable else 200)
    if unavailable:
        response["Retry-After"] = "60"
    return response


def results_page(request, query: str, locale, use_elastic: bool):
    """ServerDown if Elasticsearch fails while the page is rendered."""
    groups = [group(locale, request.GET, request.user, request, use_elastic) for group in GROUPS]
    chosen = next((g for g in groups if g.name == request.GET.get("group")), None)
    context = {"query": query, "chosen": chosen, "searched_in": "elastic" if use_elastic else ""}
    # The results are a cached part of the page (pagecache), rendered once per change of the
    # site for the same words, choices, forums this reader may read (the others' posts must
    # never show) and index searched: only then is anything searched.
    forums = next(g for g in groups if isinstance(g, ForumGroup))
    context["readable_forums"] = ",".join(map(str, forums.readable_forum_ids))
    if use_elastic:
        # Elasticsearch is asked while the page is rendered. Should it fail, the page is
        # rendered again from the database (no part of this one is kept).
        context["found"] = functools.cache(
            lambda: outage.attempt(found, request.GET, query, groups, chosen)
        )
    else:
        context["found"] = functools.cache(lambda: found(request.GET, query, groups, chosen))
    return render(request, "search/search.html", context)
