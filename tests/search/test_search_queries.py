"""The search page makes as many SQL queries with many forum hits as with a few."""

from django.test import override_settings
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.test_forum import member
from tests.queries import count_queries

URL = "/ar/search/?q=قفة&group=forum"


def add_posts(count: int, start: int) -> None:
    forums = list(Forum.objects.filter(name__startswith="أسئلة")) + list(
        Forum.objects.filter(name__startswith="الفقر")
    )
    for n in range(start, start + count):
        author = member(f"poster-{n}", f"كاتبة {n}")
        topic = Topic.objects.create(
            forum=forums[n % len(forums)],
            poster=author,
            subject=f"قفة رمضان {n}",
            type=0,
            status=0,
            approved=True,
        )
        Post.objects.create(
            topic=topic, poster=author, subject=f"قفة رمضان {n}", content="توزيع قفة", approved=True
        )


@override_settings(PAGE_CACHE_SECONDS=0)
def test_forum_hits_do_not_add_queries(client, homes):
    add_posts(2, 0)
    client.get(URL)  # what every page shows is cached from then on
    few = count_queries(client, URL)
    add_posts(8, 2)
    assert "كاتبة 9" not in client.get(URL).content.decode()  # pseudonyms are not shown
    assert count_queries(client, URL) == few
