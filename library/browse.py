"""Browsing the library: facets that combine, a text filter, sorting, pages.

Everything is in the query string (`?type=report&type=guide&theme=work&sort=title&page=2`),
so it works with plain links and forms and every view can be shared. Values of one facet are
alternatives (report OR guide); facets narrow each other (report AND work). A facet's counts
are taken with the other facets applied, so each number is what a click would give. The
number of queries does not depend on the number of items, and the counts are cached until
the next change to the site (they are the same for every reader).
"""

import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Min, Q
from django.db.models.functions import ExtractYear

from women_portal.core.models import THEMES
from women_portal.pagecache.cache import remember
from women_portal.search.normalise import terms

from .models import CARD_RELATED, LibraryItemPage, Organisation

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
SORTS = {"newest": ("-publication_date", "-pk"), "title": ("title", "pk")}
FACETS = ("type", "theme", "language", "year", "organisation")
FACET_VALUE = re.compile(r"[a-z0-9-]{1,60}")
THEME_ITEMS = LibraryItemPage.themes.through
LANGUAGE_ITEMS = LibraryItemPage.languages.through


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    options: list[Option]

    @property
    def selected(self) -> list[Option]:
        return [option for option in self.options if option.selected]


def chosen(params) -> dict[str, list[str]]:
    """The facet values in the query string, keeping only well-formed ones (slugs, codes,
    years): anything else cannot match and must not reach the database (NUL bytes…)."""
    choices = {
        name: [value for value in params.getlist(name)[:20] if FACET_VALUE.fullmatch(value)]
        for name in FACETS
    }
    choices["year"] = [year for year in choices["year"] if year.isdigit() and len(year) == 4]
    return choices


def facet_filter(name: str, values: list[str]) -> Q:
    if name == "type":
        return Q(item_type__in=values)
    if name == "theme":
        tagged = THEME_ITEMS.objects.filter(theme__key__in=values)
        return Q(pk__in=tagged.values("libraryitempage_id"))
    if name == "language":
        tagged = LANGUAGE_ITEMS.objects.filter(documentlanguage__code__in=values)
        return Q(pk__in=tagged.values("libraryitempage_id"))
    if name == "year":
        return Q(publication_date__year__in=[int(year) for year in values])
    return Q(organisation__slug__in=values)


def narrowed(items, choices: dict[str, list[str]], leave_out: str | None = None):
    for name, values in choices.items():
        if values and name != leave_out:
            items = items.filter(facet_filter(name, values))
    return items


def counts(name: str, items) -> dict[str, int]:
    """How many of `items` have each value of the facet."""
    if name == "type":
        rows = items.order_by().values_list("item_type").annotate(n=Count("pk"))
    elif name == "theme":
        rows = (
            THEME_ITEMS.objects.filter(libraryitempage__in=items.values("pk"))
            .order_by()
            .values_list("theme__key")
            .annotate(n=Count("libraryitempage_id"))
        )
    elif name == "language":
        rows = (
            LANGUAGE_ITEMS.objects.filter(libraryitempage__in=items.values("pk"))
            .order_by()
            .values_list("documentlanguage__code")
            .annotate(n=Count("libraryitempage_id"))
        )
    elif name == "year":
        rows = (
            items.order_by()
            .annotate(year=ExtractYear("publication_date"))
            .values_list("year")
            .annotate(n=Count("pk"))
        )
    else:
        rows = (
            items.exclude(organisation=None)
            .order_by()
            .values_list("organisation__slug")
            .annotate(n=Count("pk"))
        )
    return {str(value): n for value, n in rows}


def labels(name: str, values) -> dict[str, str]:
    """Each value's label, in the order the facet lists them."""
    if name == "type":
        return {value: str(label) for value, label in LibraryItemPage.ItemType.choices}
    if name == "theme":
        return {key: str(label) for key, label in THEMES}
    if name == "language":
        return dict(settings.LANGUAGES)
    if name == "year":
        return {value: value for value in sorted(values, reverse=True)}
    return {
        organisation.slug: organisation.name
        for organisation in Organisation.objects.filter(slug__in=values).order_by("name")
    }


def toggled(params, name: str, value: str) -> str:
    """The query string with `value` of facet `name` switched on or off, back to page 1."""
    query = params.copy()
    values = query.getlist(name)
    query.setlist(name, [v for v in values if v != value] if value in values else values + [value])
    query.pop("page", None)
    return query.urlencode()


def matching_pks(text: str):
    """Items whose text has every word, normalised as the index is (search/normalise.py), in
    every language: the library lists documents it has only in other languages too. All of
    them, or the facets would count a part: with the database backends as a subquery (the
    listing and each count filter by it), with Elasticsearch as the ids of every hit."""
    found = LibraryItemPage.objects.live().search(
        " ".join(terms(text)), operator="and", order_by_relevance=False
    )
    if hasattr(found, "get_queryset"):  # the database backends' results are a query
        return found.get_queryset().values("pk")
    return [item.pk for item in found]


def in_library(library_page):
    """The library's items in its language (translations, and untranslated ones shown there
    by the synchronised trees, core/locales.py), and, once each, the documents it has in no
    form at all: those first written in a language later in the chain."""
    listed = LibraryItemPage.objects.live().public()
    here = listed.filter(locale_id=library_page.locale_id).values("translation_key")
    only_elsewhere = (
        listed.filter(alias_of__isnull=True)
        .exclude(locale_id=library_page.locale_id)
        .exclude(translation_key__in=here)
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return listed.filter(Q(pk__in=only_elsewhere) | listed.child_of_q(library_page))


def cached_counts(name: str, items, choices, library_page, text: str) -> dict[str, int]:
    """counts(), kept until the next change to the site (every reader asks the same)."""
    others = sorted((key, sorted(values)) for key, values in choices.items() if key != name)
    key = hashlib.sha256(repr((library_page.pk, name, others, text)).encode()).hexdigest()
    return remember(
        f"library-facet:{key}", lambda: counts(name, narrowed(items, choices, leave_out=name))
    )


def build_facet(name: str, items, choices, params, library_page, text: str) -> Facet:
    found = cached_counts(name, items, choices, library_page, text)
    selected = set(choices[name])
    options = [
        Option(value, label, found.get(value, 0), value in selected, toggled(params, name, value))
        for value, label in labels(name, found.keys() | selected).items()
        if found.get(value) or value in selected
    ]
    return Facet(name, options)


def browse(library_page, request) -> dict:
    params = request.GET
    choices = chosen(params)
    text = params.get("q", "").strip()[:MAX_QUERY_LENGTH]
    sort = params.get("sort") if params.get("sort") in SORTS else "newest"

    items = in_library(library_page)
    if terms(text):
        items = items.filter(pk__in=matching_pks(text))
    facets = [build_facet(name, items, choices, params, library_page, text) for name in FACETS]
    results = (
        narrowed(items, choices)
        .select_related(*CARD_RELATED)
        .prefetch_related("languages")
        .order_by(*SORTS[sort])
    )
    page = Paginator(results, PER_PAGE).get_page(params.get("page"))
    rest = params.copy()
    rest.pop("page", None)
    return {
        "items": page,
        "facets": {facet.name: facet for facet in facets},
        "filtered": any(choices.values()) or bool(text),
        "query": text,
        "sort": sort,
        "choices": choices,
        "page_query": f"{rest.urlencode()}&" if rest else "",
    }
