"""Thousands of library items in seconds, for query-count tests and the benchmark.

Pages are written straight into the tree (treebeard paths computed here) without revisions
or search indexing: enough for listing and browsing, which is what these measure;
`index_items` adds them to Wagtail's search index, in bulk, when a test searches them.
"""

import uuid
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from library.models import DocumentLanguage, LibraryItemPage, Organisation
from women_portal.core.models import Theme

TYPES = [value for value, _label in LibraryItemPage.ItemType.choices]


@transaction.atomic
def add_items(library, count: int, prefix: str = "bulk") -> None:
    library = Page.objects.get(pk=library.pk)  # fresh numchild and path
    content_type = ContentType.objects.get_for_model(LibraryItemPage)
    themes = list(Theme.objects.all())
    languages = list(DocumentLanguage.objects.all())
    organisations = list(Organisation.objects.all()) or [None]
    last = library.get_last_child()
    start = Page._str2int(last.path[-Page.steplen :]) if last else 0
    pages = [
        Page(
            title=f"وثيقة {prefix} {number}",
            draft_title=f"وثيقة {prefix} {number}",
            slug=f"{prefix}-{number}",
            path=Page._get_path(library.path, library.depth + 1, start + number + 1),
            depth=library.depth + 1,
            numchild=0,
            url_path=f"{library.url_path}{prefix}-{number}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=None,
            content_type=content_type,
            locale_id=library.locale_id,
            translation_key=uuid.uuid4(),
        )
        for number in range(count)
    ]
    Page.objects.bulk_create(pages, batch_size=500)
    pages = Page.objects.filter(path__in=[page.path for page in pages]).order_by("path")
    items = []
    for number, page in enumerate(pages):
        item = LibraryItemPage(
            page_ptr_id=page.pk,
            description="وصف وثيقة لقياس السرعة.",
            creators="جمعية تجريبية",
            organisation=organisations[number % len(organisations)],
            publication_date=date(2012, 1, 1) + timedelta(days=number % 5000),
            item_type=TYPES[number % len(TYPES)],
            licence="cc-by",
        )
        item.__dict__.update({f.attname: getattr(page, f.attname) for f in Page._meta.fields})
        item.save_base(raw=True)
        items.append(item)
    LibraryItemPage.themes.through.objects.bulk_create(
        LibraryItemPage.themes.through(libraryitempage_id=item.pk, theme=themes[n % len(themes)])
        for n, item in enumerate(items)
    )
    LibraryItemPage.languages.through.objects.bulk_create(
        LibraryItemPage.languages.through(
            libraryitempage_id=item.pk, documentlanguage=languages[n % len(languages)]
        )
        for n, item in enumerate(items)
    )
    Page.objects.filter(pk=library.pk).update(numchild=library.numchild + count)


def index_items(library) -> None:
    """The library's items into Wagtail's search index, as publishing them would."""
    items = (
        LibraryItemPage.objects.child_of(library)
        .select_related("organisation", "document__analysis")
        .prefetch_related("tags")
    )
    get_search_backend().add_bulk(LibraryItemPage, list(items))
