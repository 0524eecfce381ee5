"""Keep the library's Elasticsearch index in step with what readers may see (only when
ELASTICSEARCH_URL is set; Wagtail's own backend keeps its index of pages itself)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from library.models import DocumentAnalysis, LibraryItemPage

from . import elastic


@receiver(page_published, sender=LibraryItemPage)
@receiver(page_unpublished, sender=LibraryItemPage)
def item_changed(sender, instance, **kwargs) -> None:
    if elastic.enabled():
        elastic.index_item(instance)


@receiver(post_delete, sender=LibraryItemPage)
def item_deleted(sender, instance, **kwargs) -> None:
    if elastic.enabled():
        elastic.remove_item(instance.pk)


@receiver(post_save, sender=DocumentAnalysis)
def file_read(sender, instance, **kwargs) -> None:
    """The file's text arrived: the items using it are indexed again with it."""
    if elastic.enabled():
        for item in LibraryItemPage.objects.filter(document_id=instance.document_id):
            elastic.index_item(item)
