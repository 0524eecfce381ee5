"""Keep the library's Elasticsearch index in step with what readers may see (only when
ELASTICSEARCH_URL is set; Wagtail's own backend keeps its index of pages itself; what cannot
be sent is queued for the catch-up, outage.py), and Wagtail's index of pages in step with
what their texts copy from other models (an item's organisation's names, the names of
tags)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from home.models import ArticlePage, ArticlePageTag
from library.models import DocumentAnalysis, LibraryItemPage, LibraryItemTag, Organisation

from . import elastic, outage

# Published, unpublished, deleted, its file read: the item's document is sent at once
# (readers of the index see it as soon as the editor does), or queued if Elasticsearch cannot
# be reached (outage.send_or_queue): the editor's change never fails for it.


@receiver(page_published, sender=LibraryItemPage)
@receiver(page_unpublished, sender=LibraryItemPage)
def item_changed(sender, instance, **kwargs) -> None:
    if elastic.enabled():
        outage.send_or_queue(outage.LIBRARY, [instance.pk], lambda: elastic.index_item(instance))


@receiver(post_delete, sender=LibraryItemPage)
def item_deleted(sender, instance, **kwargs) -> None:
    if elastic.enabled():
        outage.send_or_queue(
            outage.LIBRARY, [instance.pk], lambda: elastic.remove_item(instance.pk)
        )


@receiver(post_save, sender=DocumentAnalysis)
def file_read(sender, instance, **kwargs) -> None:
    """The file's text arrived: the items using it are indexed again with it."""
    if elastic.enabled():
        items = LibraryItemPage.objects.filter(document_id=instance.document_id)
        outage.send_or_queue(outage.LIBRARY, items.values_list("pk", flat=True))


def index_again(pages) -> list[int]:
    """Index these pages again in Wagtail's index, as publishing them would: what their
    texts copy from another model changed. Returns their ids."""
    pks = []
    for page in pages:
        index.insert_or_update_object(page)
        pks.append(page.pk)
    return pks


def indexed_items():
    """Live library items (drafts are indexed when published), with what their texts read."""
    return (
        LibraryItemPage.objects.live()
        .select_related("organisation", "document__analysis")
        .prefetch_related("tags")
    )


@receiver(post_save, sender=Organisation)
def organisation_saved(sender, instance, created, **kwargs) -> None:
    """Its items are found by its names (LibraryItemPage.searchable_labels) and, in
    Elasticsearch, counted by its slug. Organisations are seldom saved, so what changed is
    not checked."""
    if not created:
        follow_in_elastic(index_again(indexed_items().filter(organisation=instance)))


@receiver(post_save, sender=Tag)
def tag_saved(sender, instance, created, **kwargs) -> None:
    """Articles and items are found by their tags' names (searchable_labels): a renamed
    tag's live ones are indexed again."""
    if created:
        return
    articles = ArticlePageTag.objects.filter(tag=instance).values("content_object_id")
    index_again(ArticlePage.objects.live().filter(pk__in=articles).prefetch_related("tags"))
    items = LibraryItemTag.objects.filter(tag=instance).values("content_object_id")
    follow_in_elastic(index_again(indexed_items().filter(pk__in=items)))


def follow_in_elastic(item_pks: list[int]) -> None:
    """Once committed, so the documents say what readers then see. Not raised: an editor's
    change must not fail because the search server is down (outage.send_or_queue queues
    the items for the catch-up)."""
    if elastic.enabled() and item_pks:
        transaction.on_commit(lambda: outage.send_or_queue(outage.LIBRARY, item_pks))
