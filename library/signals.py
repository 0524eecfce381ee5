from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from wagtail.documents import get_document_model

from women_portal.core.task_recovery import stopped_by_worker_death

from .models import DocumentAnalysis, LibraryIndexPage, LibraryItemPage
from .review import open_for_contributions

STOPPED = (DocumentAnalysis.Status.STOPPED, DocumentAnalysis.Status.FAILED)


def read_later(document_id: int) -> None:
    from .tasks import analyse_document

    transaction.on_commit(lambda: analyse_document.enqueue(document_id))


@receiver(post_save, sender=get_document_model())
def read_new_file(sender, instance, **kwargs) -> None:
    """A new or replaced file is read in the background; the item shows "waiting" meanwhile."""
    analysis = DocumentAnalysis.objects.filter(document=instance).first()
    if (
        analysis
        and analysis.file_hash
        and analysis.file_hash == instance.file_hash
        and analysis.status not in STOPPED
    ):
        return
    DocumentAnalysis.objects.update_or_create(
        document=instance, defaults={"status": DocumentAnalysis.Status.PENDING}
    )
    read_later(instance.pk)


@receiver(post_save, sender=LibraryItemPage)
def read_again(sender, instance, **kwargs) -> None:
    """Saving an item whose file's reading stopped tries once more (the panel says so)."""
    if instance.document_id and DocumentAnalysis.objects.filter(
        document_id=instance.document_id, status__in=STOPPED
    ).update(status=DocumentAnalysis.Status.PENDING):
        read_later(instance.document_id)


@receiver(task_finished)
def reading_stopped(sender, task_result, **kwargs) -> None:
    """The reading task failed: by an error, or its worker died on it too many times
    (women_portal/core/task_recovery.py). The editor sees which, instead of "waiting"."""
    if (
        task_result.status != TaskResultStatus.FAILED
        or task_result.task.module_path != "library.tasks.analyse_document"
    ):
        return
    document_id = (task_result.args or [task_result.kwargs.get("document_id")])[0]
    status = DocumentAnalysis.Status.STOPPED
    if not stopped_by_worker_death(task_result):
        status = DocumentAnalysis.Status.FAILED
    DocumentAnalysis.objects.filter(
        document_id=document_id, status=DocumentAnalysis.Status.PENDING
    ).update(status=status)


@receiver(post_save, sender=LibraryIndexPage)
def new_library(sender, instance, created, **kwargs) -> None:
    if created:
        open_for_contributions(instance)
