"""The header's search box: finds pages of the reader's language; odd input does no harm."""

import pytest

from tests.factories import StandardPageFactory, publish_translation


@pytest.fixture
def pages(homes):
    page = StandardPageFactory(parent=homes["ar"], slug="rights", title="حقوق النساء العاملات")
    publish_translation(page, "fr", title="Droits des travailleuses")
    return page


def test_finds_pages_in_the_readers_language(client, pages):
    french = client.get("/fr/search/", {"q": "travailleuses"}).content.decode()
    assert "Droits des travailleuses" in french and "حقوق النساء العاملات" not in french
    arabic = client.get("/ar/search/", {"q": "العاملات"}).content.decode()
    assert "حقوق النساء العاملات" in arabic


def test_no_result_says_so_with_advice(client, pages):
    content = client.get("/fr/search/", {"q": "zzzzqqq"}).content.decode()
    assert "Rien n'a été trouvé pour « zzzzqqq »." in content


@pytest.mark.parametrize(
    "query",
    [
        '<script>alert("x")</script>',
        "' OR 1=1 --",
        "../../etc/passwd",
        "ا" * 5000,
        "\x00\x01",
        "%00",
    ],
)
def test_odd_queries_are_answered_safely(client, pages, query):
    response = client.get("/ar/search/", {"q": query, "page": "-1"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert" not in content
    assert len(content) < 100_000


@pytest.mark.parametrize("page_number", ["abc", "0", "999999", "1e9"])
def test_odd_page_numbers_show_a_page(client, pages, page_number):
    assert client.get("/fr/search/", {"q": "Droits", "page": page_number}).status_code == 200


def test_results_are_paginated_keeping_the_query(client, homes):
    for number in range(12):
        StandardPageFactory(
            parent=homes["fr"], slug=f"p{number}", title=f"Emploi des femmes {number}"
        )
    everything = client.get("/fr/search/", {"q": "emploi femmes"}).content.decode()
    assert "Voir les 12 résultats" in everything
    query = {"q": "emploi femmes", "group": "pages"}
    first = client.get("/fr/search/", query).content.decode()
    assert "Page 1 sur 2" in first
    assert 'href="?q=emploi+femmes&amp;group=pages&amp;page=2" rel="next"' in first
    second = client.get("/fr/search/", {**query, "page": "2"}).content.decode()
    assert "Page 2 sur 2" in second
