"""Browsing the library: facets with counts that combine, text filter, sorting, pages."""

import re
from datetime import date

import pytest
from django.core.cache import cache, caches
from django.test.utils import override_settings

from library.browse import PER_PAGE
from tests.library.bulk import add_items, index_items
from tests.library.factories import LibraryItemPageFactory, OrganisationFactory
from tests.queries import count_queries


@pytest.fixture
def shelf(library, organisation):
    """Five items whose facets overlap in known ways."""
    other = OrganisationFactory(name_ar="بلدية الكاف", slug="municipality")
    specs = [
        ("تقرير عن الفقر", "report", ["poverty"], ["ar"], 2020, organisation),
        ("تقرير عن العمل", "report", ["work"], ["ar", "fr"], 2022, other),
        ("دليل العاملات", "guide", ["work", "protection"], ["ar"], 2022, organisation),
        ("قانون العنف", "law", ["protection"], ["fr"], 2017, other),
        ("ملصق الرقم الأخضر", "poster", ["protection"], ["ar"], 2022, organisation),
    ]
    return [
        LibraryItemPageFactory(
            parent=library,
            title=title,
            slug=f"item-{number}",
            item_type=kind,
            themes=themes,
            languages=languages,
            publication_date=date(year, 3, 1),
            organisation=owner,
        )
        for number, (title, kind, themes, languages, year, owner) in enumerate(specs)
    ]


def titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'class="card__title" href="[^"]*">([^<]+)</a>', html)


def facet_counts(response, name: str) -> dict[str, int]:
    return {option.value: option.count for option in response.context["facets"][name].options}


def test_every_item_is_listed_with_its_facets_counted(client, shelf):
    response = client.get("/ar/library/")
    assert len(titles(response)) == 5
    assert facet_counts(response, "type") == {"report": 2, "guide": 1, "law": 1, "poster": 1}
    assert facet_counts(response, "theme") == {"poverty": 1, "work": 2, "protection": 3}
    assert facet_counts(response, "language") == {"ar": 4, "fr": 2}
    assert facet_counts(response, "year") == {"2022": 3, "2020": 1, "2017": 1}
    assert facet_counts(response, "organisation") == {"nisaa": 3, "municipality": 2}
    assert response.context["items"].paginator.count == 5


def test_facets_combine_and_count_what_a_click_would_give(client, shelf):
    response = client.get("/ar/library/?theme=protection&year=2022")
    assert sorted(titles(response)) == ["دليل العاملات", "ملصق الرقم الأخضر"]
    # Types among protection items of 2022; years among protection items of any year.
    assert facet_counts(response, "type") == {"guide": 1, "poster": 1}
    assert facet_counts(response, "year") == {"2022": 2, "2017": 1}
    assert facet_counts(response, "theme") == {"work": 2, "protection": 2}


def test_values_of_one_facet_are_alternatives(client, shelf):
    response = client.get("/ar/library/?type=report&type=law")
    assert sorted(titles(response)) == ["تقرير عن العمل", "تقرير عن الفقر", "قانون العنف"]
    response = client.get("/ar/library/?theme=work&theme=poverty&language=fr")
    assert titles(response) == ["تقرير عن العمل"]


def test_facet_links_switch_a_value_on_and_off(client, shelf):
    response = client.get("/ar/library/?type=report")
    options = {option.value: option for option in response.context["facets"]["type"].options}
    assert options["report"].selected and "type=report" not in options["report"].url
    assert "type=report" in options["guide"].url and "type=guide" in options["guide"].url
    html = response.content.decode()
    assert 'aria-current="true"' in html


def test_organisation_facet_and_text_filter(client, shelf):
    response = client.get("/ar/library/?organisation=municipality")
    assert sorted(titles(response)) == ["تقرير عن العمل", "قانون العنف"]
    response = client.get("/ar/library/?q=العاملات")
    assert titles(response) == ["دليل العاملات"]


def test_sorting_newest_first_or_by_title(client, shelf):
    newest = titles(client.get("/ar/library/"))
    assert newest[-1] == "قانون العنف"  # 2017
    assert titles(client.get("/ar/library/?sort=title")) == sorted(newest)


def test_pages_keep_the_filters(client, library):
    add_items(library, PER_PAGE + 5)
    first = client.get("/ar/library/?sort=title")
    second = client.get("/ar/library/?sort=title&page=2")
    assert len(titles(first)) == PER_PAGE and len(titles(second)) == 5
    assert set(titles(first)).isdisjoint(titles(second))
    html = client.get("/ar/library/?sort=title").content.decode()
    assert 'href="?sort=title&amp;page=2"' in html


def test_only_live_public_items_of_this_language_are_listed(client, libraries):
    LibraryItemPageFactory(parent=libraries["ar"], title="منشورة", slug="live")
    draft = LibraryItemPageFactory(parent=libraries["ar"], title="مسودة", slug="draft")
    draft.unpublish()
    LibraryItemPageFactory(parent=libraries["fr"], title="Publié en français", slug="fr-item")
    assert titles(client.get("/ar/library/")) == ["منشورة"]
    assert titles(client.get("/fr/library/")) == ["Publié en français"]


@pytest.mark.parametrize(
    "query",
    [
        "?year=abc&page=999",
        "?type=<script>alert(1)</script>",
        "?theme=' OR 1=1 --",
        "?sort=-pk;DROP TABLE wagtailcore_page",
        "?page=-1&organisation=%00",
        "?q=" + "كلمة " * 500,
        "?q=%D8",
        "?" + "&".join(f"type=t{n}" for n in range(500)),
    ],
)
def test_odd_query_strings_give_a_page_not_an_error(client, shelf, query):
    response = client.get("/ar/library/" + query)
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


@override_settings(PAGE_CACHE_SECONDS=0)
def test_index_queries_do_not_grow_from_25_to_5000_items(client, library, organisation):
    OrganisationFactory(slug="second")
    add_items(library, 25)
    pages = ["/ar/library/", "/ar/library/?language=ar&year=2012&sort=title"]

    def cold_counts():  # facet counts are cached: measure with nothing cached
        counted = {}
        for path in pages:
            cache.clear()
            counted[path] = count_queries(client, path)
        return counted

    few = cold_counts()
    add_items(library, 4975, prefix="more")
    many = cold_counts()
    assert few == many, f"25 items: {few}; 5,000 items: {many}"
    assert client.get("/ar/library/").context["items"].paginator.count == 5000


def test_cached_counts_follow_a_newly_published_item(client, shelf, library):
    assert facet_counts(client.get("/ar/library/"), "type")["law"] == 1
    LibraryItemPageFactory(parent=library, slug="new-law", title="قانون جديد", item_type="law")
    assert facet_counts(client.get("/ar/library/"), "type")["law"] == 2


@override_settings(PAGE_CACHE_SECONDS=0)
def test_the_text_filter_keeps_every_match_with_as_many_queries(client, library, organisation):
    """Every item with the words is listed and counted in the facets, however many."""
    path = "/ar/library/?q=السرعة"  # in every item's description

    def cold_count() -> int:
        cache.clear()
        return count_queries(client, path)

    add_items(library, 25)
    index_items(library)
    few = cold_count()
    add_items(library, 1475, prefix="more")
    index_items(library)
    assert cold_count() == few
    caches["template_fragments"].clear()  # the listing rendered anew, to read its context
    response = client.get(path)
    assert response.context["items"].paginator.count == 1500
    for name in ("type", "theme", "language", "organisation"):
        assert sum(facet_counts(response, name).values()) == 1500, name
    assert sum(facet_counts(response, "year").values()) == 1500
