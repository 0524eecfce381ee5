"""The library's facets in the unified search (organisation, year, type, theme, language)
narrow the hits on both databases: Wagtail's database backends only filter on declared
FilterFields with plain lookups, so the facets are given to them as a list of ids."""

import datetime

import pytest
from django.test import override_settings

from tests.library.factories import (
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(homes):
    library = LibraryIndexPageFactory(parent=homes["ar"])
    ours = OrganisationFactory(slug="nisa", name="جمعية النساء")
    theirs = OrganisationFactory(slug="other", name="جمعية أخرى")
    made = {}
    for slug, organisation, year in (
        ("ours-2023", ours, 2023),
        ("ours-2021", ours, 2021),
        ("theirs-2023", theirs, 2023),
    ):
        made[slug] = LibraryItemPageFactory(
            parent=library,
            slug=slug,
            title=f"تقرير الميزانية {slug}",
            description="تقرير عن الميزانية التشاركية",
            organisation=organisation,
            publication_date=datetime.date(year, 3, 1),
        )
    return made


def found(client, **params) -> set[str]:
    response = client.get("/ar/search/", {"q": "الميزانية", "group": "library", **params})
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    return {slug for slug in ("ours-2023", "ours-2021", "theirs-2023") if f"/{slug}/" in html}


@override_settings(PAGE_CACHE_SECONDS=0)
def test_organisation_and_year_facets_narrow_the_library_hits(client, items):
    assert found(client) == {"ours-2023", "ours-2021", "theirs-2023"}
    assert found(client, organisation="nisa") == {"ours-2023", "ours-2021"}
    assert found(client, year="2023") == {"ours-2023", "theirs-2023"}
    assert found(client, organisation="nisa", year="2023") == {"ours-2023"}
    assert found(client, organisation="nobody") == set()
