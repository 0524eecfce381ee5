"""What of the library's work in progress each user may see in the admin and fetch: files
filed for review and items not yet published belong to their organisation and the
reviewers until an item is published. The rules library/wagtail_hooks.py applies."""

from django.db.models import Q
from wagtail.models import GroupCollectionPermission, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

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


def sees_every_draft(user) -> bool:
    """Everyone but contributors (remembered on the user for the request: the admin asks
    many times a page)."""
    if not hasattr(user, "_sees_every_library_draft"):
        user._sees_every_library_draft = (
            user.is_superuser
            or is_reviewer(user)
            or not user.groups.filter(name=CONTRIBUTORS).exists()
        )
    return user._sees_every_library_draft


# Page models an organisation files (an `organisation` field) and the reviewers publish:
# the library's items, and what other apps add with filed_by_organisations().
FILED_BY_ORGANISATIONS = [LibraryItemPage]


def filed_by_organisations(model) -> None:
    FILED_BY_ORGANISATIONS.append(model)


def library_drafts_visible_to(user, pages):
    """A contributor does not see another organisation's library item (or other page it
    filed) before it is published, in the admin's page lists or its API: its title may say
    what a complaint is about. Reviewers, editors and everyone else see what Wagtail shows
    them."""
    if sees_every_draft(user):
        return pages
    others = Q()
    for model in FILED_BY_ORGANISATIONS:
        drafts = model.objects.filter(live=False).exclude(
            Q(organisation__members=user) | Q(owner=user)
        )
        others |= Q(pk__in=drafts.values("pk"))
    return pages.exclude(others)


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


class PagePolicyWithoutOthersDrafts(PagePermissionPolicy):
    """Wagtail's page permission policy, where a contributor's pages (what she may explore,
    edit or act on) leave out other organisations' library drafts. Every admin view asks it
    through Wagtail's registry (wagtail.permissions), the page explorer and search, the
    site history and workflow reports, page details: one rule for all of them."""

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return library_drafts_visible_to(user, pages)

    def explorable_instances(self, user):
        return library_drafts_visible_to(user, super().explorable_instances(user))

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if (
            not sees_every_draft(user)
            and not library_drafts_visible_to(user, Page.objects.filter(pk=instance.pk)).exists()
        ):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)
