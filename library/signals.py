from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model

from .models import DocumentAnalysis, LibraryIndexPage
from .review import open_for_contributions


@receiver(post_save, sender=get_document_model())
def read_new_file(sender, instance, **kwargs) -> None:
    """A new or replaced file is read in the background; the item shows "waiting" meanwhile."""
    analysis = DocumentAnalysis.objects.filter(document=instance).first()
    if analysis and analysis.file_hash and analysis.file_hash == instance.file_hash:
        return
    DocumentAnalysis.objects.update_or_create(
        document=instance, defaults={"status": DocumentAnalysis.Status.PENDING}
    )
    from .tasks import analyse_document

    document_id = instance.pk
    transaction.on_commit(lambda: analyse_document.enqueue(document_id))


@receiver(post_save, sender=LibraryIndexPage)
def new_library(sender, instance, created, **kwargs) -> None:
    if created:
        open_for_contributions(instance)
