"""Home and theme pages list the right articles, in the reader's language."""

from datetime import date

import pytest

from home.models import HomeFeaturedArticle
from tests.factories import publish_translation
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.queries import count_queries
from women_portal.core.models import Theme


@pytest.fixture
def poverty(homes):
    return ThemePageFactory(
        parent=homes["ar"], slug="poverty", title="الفقر", theme=Theme.objects.get(key="poverty")
    )


def test_home_shows_theme_tiles_and_latest_articles(client, homes, poverty):
    ArticlePageFactory(parent=poverty, slug="a", title="مقال أ", date=date(2026, 1, 1))
    ArticlePageFactory(parent=poverty, slug="b", title="مقال ب", date=date(2026, 2, 1))
    ArticlePageFactory(parent=poverty, slug="hidden", title="مقال غير منشور", live=False)
    content = client.get("/ar/").content.decode()
    assert 'class="tile tile--poverty"><a href="/ar/poverty/">الفقر</a>' in content
    assert content.index("مقال ب") < content.index("مقال أ")
    assert "مقال غير منشور" not in content


def test_featured_articles_come_first_and_in_each_language(client, homes, poverty):
    pick = ArticlePageFactory(
        parent=poverty, slug="pick", title="مقال مختار", date=date(2020, 1, 1)
    )
    ArticlePageFactory(parent=poverty, slug="other", title="مقال آخر", date=date(2026, 1, 1))
    publish_translation(poverty, "fr", title="Pauvreté")
    publish_translation(pick, "fr", title="Article choisi")
    for home in (homes["ar"], homes["fr"]):
        HomeFeaturedArticle.objects.create(page=home, article=pick, sort_order=0)
    arabic = client.get("/ar/").content.decode()
    assert arabic.index("مقال مختار") < arabic.index("مقال آخر")
    assert arabic.count("مقال مختار") == 1  # not again among the latest
    french = client.get("/fr/").content.decode()
    assert "Article choisi" in french and "مقال مختار" not in french


def test_theme_page_lists_its_articles_and_those_filed_under_it(client, homes, poverty):
    work = ThemePageFactory(
        parent=homes["ar"], slug="work", title="عمل المرأة", theme=Theme.objects.get(key="work")
    )
    ArticlePageFactory(parent=poverty, slug="own", title="مقال المحور")
    elsewhere = ArticlePageFactory(parent=work, slug="cross", title="مقال من محور آخر")
    elsewhere.themes.add(poverty.theme)
    elsewhere.save_revision().publish()
    ArticlePageFactory(parent=work, slug="unrelated", title="مقال لا علاقة له")
    content = client.get("/ar/poverty/").content.decode()
    assert "مقال المحور" in content and "مقال من محور آخر" in content
    assert "مقال لا علاقة له" not in content


def test_theme_page_paginates(client, homes, poverty):
    for number in range(12):
        ArticlePageFactory(
            parent=poverty,
            slug=f"a{number}",
            title=f"مقال رقم {number}",
            date=date(2026, 1, number + 1),
        )
    first = client.get("/ar/poverty/").content.decode()
    assert "مقال رقم 11" in first and "مقال رقم 1<" not in first
    second = client.get("/ar/poverty/?page=2").content.decode()
    assert "مقال رقم 0" in second
    assert client.get("/ar/poverty/?page=abc").status_code == 200  # a bad page number shows page 1
    assert client.get("/ar/poverty/?page=999").status_code == 200


def test_related_articles_are_from_the_same_theme(client, homes, poverty):
    article = ArticlePageFactory(parent=poverty, slug="main", title="المقال")
    ArticlePageFactory(parent=poverty, slug="sibling", title="مقال من المحور نفسه")
    content = client.get(article.url).content.decode()
    assert "اقرئي أيضا" in content and "مقال من المحور نفسه" in content


def add_articles(theme, count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        ArticlePageFactory(
            parent=theme, slug=f"bulk-{number}", title=f"مقال {number}", date=date(2025, 1, 1)
        )


QUERY_COUNTED_PAGES = ["/ar/", "/ar/poverty/", "/ar/poverty/main/", "/ar/feed/", "/sitemap.xml"]


def test_queries_do_not_grow_with_the_number_of_articles(client, homes, poverty):
    main = ArticlePageFactory(parent=poverty, slug="main", title="المقال")
    HomeFeaturedArticle.objects.create(page=homes["ar"], article=main, sort_order=0)
    add_articles(poverty, 10)
    for path in QUERY_COUNTED_PAGES:
        client.get(path)  # warm the per-process caches (site root paths, content types)
    few = {path: count_queries(client, path) for path in QUERY_COUNTED_PAGES}
    add_articles(poverty, 190, start=10)
    for path in QUERY_COUNTED_PAGES:
        client.get(path)  # the change emptied the cache of the menu and footer: fill it again
    many = {path: count_queries(client, path) for path in QUERY_COUNTED_PAGES}
    assert few == many, f"queries with 11 articles: {few}; with 201: {many}"
