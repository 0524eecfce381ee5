"""Every parameter of the search page and the library page, alone and together, with real
items behind them (so the facets reach the database): whatever a reader or a robot puts in
the address, the page answers 200 and never echoes a live script, on SQLite as on
PostgreSQL (the facets once raised on SQLite: `?organisation=…`, `?year=…`)."""

import datetime

import pytest
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.test_public_inputs import BOUNDED, SCRIPT, text_with_tricks
from tests.library.factories import (
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
    OrganisationFactory,
)

# Well-formed values too, so that the facets do reach the database.
value = st.one_of(
    text_with_tricks,
    st.sampled_from(["nisa", "2023", "report", "work", "ar", "fr", "library", "forum", "1"]),
)
SEARCH_PARAMETERS = [
    "q",
    "group",
    "page",
    "type",
    "theme",
    "language",
    "year",
    "organisation",
    "forum",
]
LIBRARY_PARAMETERS = ["q", "sort", "page", "type", "theme", "language", "year", "organisation"]


def parameters(names):
    return st.lists(st.tuples(st.sampled_from(names), value), max_size=6)


def without_nul(pairs) -> list[tuple[str, str]]:
    return [(name, text.replace("\x00", "")) for name, text in pairs]  # cannot be sent


@pytest.fixture
def library(homes):
    library = LibraryIndexPageFactory(parent=homes["ar"])
    organisation = OrganisationFactory(slug="nisa", name="جمعية النساء")
    LibraryItemPageFactory(
        parent=library,
        slug="budget",
        title="تقرير الميزانية",
        organisation=organisation,
        publication_date=datetime.date(2023, 3, 1),
    )
    return library


def assert_page(response):
    assert response.status_code == 200, response.status_code
    assert SCRIPT not in response.content.decode()


@override_settings(PAGE_CACHE_SECONDS=0)
@BOUNDED
@given(pairs=parameters(SEARCH_PARAMETERS))
def test_every_search_parameter_answers(client, library, pairs):
    pairs = [("q", "الميزانية"), *without_nul(pairs)]
    assert_page(client.get("/ar/search/", pairs))


@override_settings(PAGE_CACHE_SECONDS=0)
@BOUNDED
@given(pairs=parameters(LIBRARY_PARAMETERS))
def test_every_library_parameter_answers(client, library, pairs):
    assert_page(client.get(library.url, without_nul(pairs)))
