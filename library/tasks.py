import hashlib

from django.core.files.base import ContentFile
from django.utils import timezone
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.search import index

from .extraction import read_document
from .models import DocumentAnalysis, LibraryItemPage


@task()
def analyse_document(document_id: int) -> str:
    """Read the document's file into its DocumentAnalysis, then reindex the items using it."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return "gone"
    with document.open_file() as file:
        data = file.read()
    file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    analysis, _created = DocumentAnalysis.objects.get_or_create(document=document)
    if analysis.file_hash == file_hash and analysis.status not in DocumentAnalysis.UNREAD:
        return analysis.status

    reading = read_document(data, document.file_extension)
    if analysis.thumbnail:
        analysis.thumbnail.delete(save=False)
    if reading.thumbnail:
        analysis.thumbnail.save(
            f"{document.pk}-{file_hash[:8]}.webp", ContentFile(reading.thumbnail), save=False
        )
    analysis.file_hash = file_hash
    analysis.status = reading.status
    analysis.page_count = reading.page_count
    analysis.file_size = len(data)
    analysis.text = reading.text
    analysis.analysed_at = timezone.now()
    analysis.save()

    for item in LibraryItemPage.objects.filter(document=document):
        index.insert_or_update_object(item)
    return analysis.status
