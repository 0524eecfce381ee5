"""The search page makes as many SQL queries with many forum, article or library hits as
with a few."""

import json

from django.test import override_settings
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from library.tasks import analyse_document
from tests.factories import HelplineFactory
from tests.forum.test_forum import member
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.library.factories import (
    DocumentFactory,
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
    OrganisationFactory,
    pdf_file,
)
from tests.queries import count_queries
from women_portal.core.models import Theme

URL = "/ar/search/?q=قفة&group=forum"


def add_posts(count: int, start: int) -> None:
    forums = list(Forum.objects.filter(name="Questions and help")) + list(
        Forum.objects.filter(name="Poverty")
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


def hits_add_no_queries(client, group: str, add) -> None:
    """A group's page of results makes as many queries with four hits as with one;
    add(numbers) makes the items titled قفة <number>."""
    url = f"/ar/search/?q=قفة&group={group}"
    add([0])
    client.get(url)  # what every page shows is cached from then on
    few = count_queries(client, url)
    add([1, 2, 3])
    assert "قفة 3" in client.get(url).content.decode()
    assert count_queries(client, url) == few


def add_articles(theme, numbers) -> None:
    """Articles as editors write them: text beside a helpline, and tags. Showing a hit reads
    neither the helpline nor the tags."""
    helpline = HelplineFactory()
    body = json.dumps(
        [
            {"type": "paragraph", "value": "<p>توزيع قفة رمضان</p>"},
            {"type": "helpline", "value": {"helpline": helpline.pk, "message": "اتصلي الآن"}},
        ]
    )
    for n in numbers:
        article = ArticlePageFactory(parent=theme, slug=f"qoffa-{n}", title=f"قفة {n}", body=body)
        article.tags.add(f"وسم {n}")
        article.save()


@override_settings(PAGE_CACHE_SECONDS=0)
def test_article_hits_do_not_add_queries(client, homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    hits_add_no_queries(client, "pages", lambda numbers: add_articles(theme, numbers))


def add_library_items(library, numbers) -> None:
    """Items as organisations send them: a file with its text, an organisation, tags."""
    organisation = OrganisationFactory()
    for n in numbers:
        document = DocumentFactory(file=pdf_file(name=f"qoffa-{n}.pdf", pages=[f"توزيع قفة {n}"]))
        analyse_document.call(document.pk)
        item = LibraryItemPageFactory(
            parent=library,
            slug=f"qoffa-{n}",
            title=f"قفة {n}",
            description="توزيع قفة",
            organisation=organisation,
            document=document,
        )
        item.tags.add(f"وسم {n}")
        item.save()


@override_settings(PAGE_CACHE_SECONDS=0)
def test_library_hits_do_not_add_queries(client, homes):
    library = LibraryIndexPageFactory(parent=homes["ar"])
    hits_add_no_queries(client, "library", lambda numbers: add_library_items(library, numbers))
