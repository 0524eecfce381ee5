"""The forum stays fast as it grows: the forum index, a forum's page and a topic's page make
as many SQL queries with 3 topics of 3 posts as with 30 topics of 25 posts by 25 different
members, for an anonymous reader and for a member (who also has read tracking)."""

from itertools import count

import pytest
from django.core.cache import cache
from django.test import override_settings
from machina.apps.forum.models import Forum

from tests.forum.bulk import add_members, add_topics
from tests.forum.test_forum import member
from tests.queries import count_queries

pytestmark = pytest.mark.usefixtures("homes")
READERS = count()


@pytest.fixture
def forums(db):
    return list(Forum.objects.exclude(name="Announcements").order_by("pk"))


def forum_url(forum) -> str:
    return f"/ar/forum/forum/{forum.slug}-{forum.pk}/"


def topic_url(topic) -> str:
    return f"{forum_url(topic.forum)}topic/{topic.slug}-{topic.pk}/"


def add(forums, topics: int, posts: int, prefix: str):
    """`topics` topics of `posts` posts, a member for each post of a topic: two in three in
    the forum measured, the others in every forum in turn."""
    members = add_members(posts, prefix=prefix)
    in_order = [forum for each in forums for forum in (forums[0], forums[0], each)]
    return add_topics(in_order, [posts] * topics, members, prefix=prefix).topics


def pages(forums, topic) -> dict[str, str]:
    return {
        "index": "/ar/forum/",
        "forum": forum_url(forums[0]),
        "topic": topic_url(topic),
    }


def counts(client, pages: dict[str, str], reader: str) -> dict[str, int]:
    """Queries for each page, read a second time (the first fills the per-process caches and,
    for a member, the topic's read mark), by a member who has read nothing else."""
    if reader == "member":
        number = next(READERS)
        client.force_login(member(f"reader{number}", f"قارئة {number}"))
    counted = {}
    for name, url in pages.items():
        cache.clear()
        client.get(url)
        counted[name] = count_queries(client, url)
    client.logout()
    return counted


@override_settings(PAGE_CACHE_SECONDS=0)  # measure the pages as rendered, not the cache
@pytest.mark.parametrize("reader", ["anonymous", "member"])
def test_forum_pages_make_as_many_queries_with_750_posts_as_with_9(client, forums, reader):
    small = add(forums, topics=3, posts=3, prefix="few")
    few = counts(client, pages(forums, small[0]), reader)

    large = add(forums, topics=30, posts=25, prefix="many")
    many_pages = pages(forums, large[0])
    many = counts(client, many_pages, reader)
    assert few == many, f"3 topics of 3 posts: {few}; 30 topics of 25 posts: {many}"

    html = client.get(many_pages["topic"]).content.decode()
    assert html.count('class="my-3 card post"') == 15  # a full page of posts
    assert "many-member-0" not in html and "many 14" in html  # pseudonyms, never usernames
    assert client.get(many_pages["topic"] + "?page=2").content.decode().count("card post") == 10
    assert Forum.objects.get(pk=forums[0].pk).direct_topics_count > 20  # two pages of them
    assert client.get(many_pages["forum"] + "?page=2").status_code == 200


@override_settings(PAGE_CACHE_SECONDS=0)
def test_every_page_of_a_long_topic_makes_as_many_queries(client, forums):
    topic = add(forums, topics=1, posts=60, prefix="long")[0]
    url = topic_url(topic)
    client.get(url)
    first = count_queries(client, url)
    assert [count_queries(client, f"{url}?page={n}") for n in (2, 3, 4)] == [first] * 3
