"""Many matches: three per group under "all", ten per page in a group, every match once; on
PostgreSQL a word found in more entries than are ranked reads "more than"."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from tests.factories import StandardPageFactory
from women_portal.search import ranking
from women_portal.search.normalise import terms
from women_portal.search.ranking import RankedResults, id_sql
from women_portal.statistics.models import Indicator

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the ranking limit is PostgreSQL's search path"
)


def economy_pages(homes, count: int) -> list[str]:
    """Pages in French with the word in their title, oldest first."""
    return [
        StandardPageFactory(parent=homes["fr"], slug=f"eco-{n}", title=f"Économie {n:02}").title
        for n in range(count)
    ]


def listed(client, **params) -> list[str]:
    page = client.get("/fr/search/", {"q": "economie", **params}).content.decode()
    return re.findall(r'<a href="[^"]+"[^>]*>(Économie \d+)</a>', page)


def test_all_shows_three_of_a_group_and_links_to_the_rest(client, homes):
    economy_pages(homes, 5)
    page = client.get("/fr/search/", {"q": "economie"}).content.decode()
    assert len(listed(client)) == 3
    assert "Voir les 5 résultats dans « Articles et pages »" in page
    assert "5 résultats" in page


def test_pages_of_a_group_list_every_match_once(client, homes):
    titles = economy_pages(homes, 12)
    first = listed(client, group="pages")
    second = listed(client, group="pages", page=2)
    assert (len(first), len(second)) == (10, 2)
    assert sorted(first + second) == sorted(titles)


@on_postgresql
def test_a_word_in_more_entries_than_are_ranked_reads_more_than(client, homes, monkeypatch):
    monkeypatch.setattr(ranking, "MAX_RANKED", 3)
    titles = economy_pages(homes, 5)
    page = client.get("/fr/search/", {"q": "economie"}).content.decode()
    assert "Plus de 3 résultats" in page
    assert "Articles et pages (3+)" in page
    assert "Voir plus de résultats dans « Articles et pages »" in page
    # The newest matches are the ones ranked and listed.
    assert sorted(listed(client, group="pages")) == titles[-3:]


@on_postgresql
def test_a_group_finds_only_the_entries_of_its_own_types(homes):
    """Ids are shared across types (a page and a forum post may both be number 7): the
    ranking keeps to the group's types, not only to the candidates' ids."""
    economy_pages(homes, 2)
    pages = Page.objects.all()
    config = get_search_backend().config

    def count(types) -> int:
        return RankedResults(id_sql(pages), pages, terms("economie"), False, config, types).count()

    indicator_type = ContentType.objects.get_for_model(Indicator).pk
    assert count(None) == 2
    assert count([indicator_type]) == 0
