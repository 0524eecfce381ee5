"""What of the library's work in progress each user may see in the admin and fetch: files
filed for review and items not yet published belong to their organisation and the
reviewers until an item is published. The rules library/wagtail_hooks.py applies."""

from django.db.models import Q
from wagtail.models import GroupCollectionPermission

from .models import LibraryItemPage
from .review import CONTRIBUTORS, is_reviewer, submissions_collection


def chooses_any_document(user) -> bool:
    """Reviewers, and editors who may change documents in a collection (not only the ones
    they uploaded, as contributors may)."""
    return (
        user.is_superuser
        or is_reviewer(user)
        or GroupCollectionPermission.objects.filter(
            group__user=user, permission__codename="change_document"
        ).exists()
    )


def library_drafts_visible_to(user, pages):
    """A contributor does not see another organisation's library item before it is
    published, in the admin's page lists or its API: its title may say what a complaint is
    about. Reviewers, editors and everyone else see what Wagtail shows them."""
    if user.is_superuser or is_reviewer(user) or not user.groups.filter(name=CONTRIBUTORS).exists():
        return pages
    others = LibraryItemPage.objects.filter(live=False).exclude(
        Q(organisation__members=user) | Q(owner=user)
    )
    return pages.exclude(pk__in=others.values("pk"))


def documents_visible_to(user, documents):
    """A file filed for review is public once a live, public library item shows it; until
    then only the organisation that filed it and the reviewers may fetch it, or see it
    listed in the admin."""
    if user.is_authenticated and is_reviewer(user):
        return documents
    items = LibraryItemPage.objects.filter(document__isnull=False)
    allowed = Q(pk__in=items.live().public().values("document_id"))
    if user.is_authenticated:
        allowed |= Q(uploaded_by_user=user) | Q(
            pk__in=items.filter(organisation__members=user).values("document_id")
        )
    return documents.exclude(Q(collection=submissions_collection()) & ~allowed)
