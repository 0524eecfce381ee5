"""Wagtail's document chooser, held to what it lists.

Its list is narrowed by the `construct_document_chooser_queryset` hooks (a contributor sees
the files she uploaded: wagtail_hooks.py), but its "chosen" step hands over any file of a
collection the user may choose from, by its number, another organisation's file in review
included. This step answers for the files the list would show, and 404 for the others.
"""

from django.http import Http404
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.documents import get_document_model
from wagtail.documents.views.chooser import viewset as document_chooser

wagtail_chosen_view = document_chooser.chosen_view


@never_cache  # as Wagtail's admin views are
@require_admin_access
def chosen_document(request, pk: str):
    documents = get_document_model().objects.all()
    for narrow in hooks.get_hooks("construct_document_chooser_queryset"):
        documents = narrow(documents, request)
    if not pk.isdigit() or not documents.filter(pk=pk).exists():
        raise Http404
    return wagtail_chosen_view(request, pk=pk)
