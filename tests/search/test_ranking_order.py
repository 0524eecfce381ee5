"""The order of results on PostgreSQL (ranking.py): which matches are ranked when there are
more than are ranked, and what a word in the title is worth."""

import re

import pytest
from django.db import connection

from tests.factories import StandardPageFactory
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from women_portal.core.models import Theme
from women_portal.search import ranking

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the ranking is PostgreSQL's search path"
)


def listed(client, language: str, query: str) -> tuple[list[str], str]:
    """The addresses of a group's results, in order, and the page."""
    page = client.get(f"/{language}/search/", {"q": query, "group": "pages"}).content.decode()
    results = " ".join(re.findall(r'<ol class="results">(.*?)</ol>', page, re.S))
    return re.findall(r'<a href="([^"]+)"', results), page


@on_postgresql
def test_only_the_newest_matches_are_ranked_and_the_one_more_only_says_so(
    client, homes, monkeypatch
):
    monkeypatch.setattr(ranking, "MAX_RANKED", 3)
    # The oldest match is the best one (the word in its title); the newer ones have it in
    # their text only.
    StandardPageFactory(parent=homes["fr"], slug="oldest", title="Économie", intro="Le Kef")
    newest = [
        StandardPageFactory(
            parent=homes["fr"], slug=f"newer-{n}", title=f"Page {n}", intro="Une économie locale"
        ).url
        for n in range(3)
    ]
    urls, page = listed(client, "fr", "economie")
    assert sorted(urls) == sorted(newest)
    assert "Plus de 3 résultats" in page


@on_postgresql
def test_words_in_the_title_count_whatever_their_spelling(client, homes):
    """The title is compared with the query as both are normalised: an article titled with
    the words, in other letter forms, comes before one that only mentions them, often."""
    theme = ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    ArticlePageFactory(parent=theme, slug="titled", title="حقوقُ المرأةِ العاملةِ", summary="نص قصير")
    ArticlePageFactory(
        parent=theme, slug="mentions", title="تقرير سنوي", summary="المراة العاملة " * 8
    )
    urls, _page = listed(client, "ar", "مرأة عاملة")
    assert [url.rsplit("/", 2)[-2] for url in urls] == ["titled", "mentions"]
