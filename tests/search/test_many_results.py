"""Many matches: three per group under "all", ten per page in a group, every match once; on
PostgreSQL a word found in more entries than are ranked reads "more than"."""

import re

import pytest
from django.db import connection

from tests.factories import StandardPageFactory
from women_portal.search import ranking

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
    return re.findall(r'<a href="[^"]+">(Économie \d+)</a>', page)


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
