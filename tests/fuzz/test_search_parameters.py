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


@pytest.fixture
def forum_pages(library, homes):
    """Addresses that read a parameter: a theme's articles, a forum and its topic, the
    kiosk's start and leaving pages."""
    from machina.apps.forum.models import Forum
    from machina.apps.forum_conversation.models import Post, Topic

    from tests.forum.test_forum import member
    from tests.home.factories import ThemePageFactory

    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    forum = Forum.objects.get(name="Questions and help")
    author = member("fuzz-author", "كاتبة")
    topic = Topic.objects.create(forum=forum, poster=author, subject="سؤال", type=0, status=0)
    Post.objects.create(topic=topic, poster=author, subject="سؤال", content="نص")
    forum_url = f"/ar/forum/forum/{forum.slug}-{forum.pk}/"
    return {
        theme.url: ["page"],
        "/ar/forum/": ["page"],
        forum_url: ["page"],
        f"{forum_url}topic/{topic.slug}-{topic.pk}/": ["page", "post"],
        f"/ar/forum/member/profile/{author.pk}/posts/": ["page"],
        "/ar/kiosk/": ["ended"],
        "/ar/kiosk/leave/": ["to"],
        "/ar/feed/": ["page"],
    }


@override_settings(PAGE_CACHE_SECONDS=0)
@BOUNDED
@given(choice=st.integers(min_value=0, max_value=1000), text=value)
def test_every_other_public_parameter_answers(client, forum_pages, choice, text):
    path = sorted(forum_pages)[choice % len(forum_pages)]
    names = forum_pages[path]
    name = names[choice % len(names)]
    response = client.get(path, {name: text.replace("\x00", "")})
    assert response.status_code in (200, 404), (path, name, response.status_code)
    assert SCRIPT not in response.content.decode()
