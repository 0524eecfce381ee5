from django.http import Http404
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LibraryIndexPage, LibraryItemPage, Organisation
from .review import is_reviewer, submissions_collection

SECTION_SIZE = 4


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "contact_email"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_label = _("Organisations")
    menu_order = 260


register_snippet(OrganisationViewSet)


@hooks.register("construct_document_chooser_queryset")
def own_documents_for_contributors(documents, request):
    """A contributor chooses among the files she uploaded, not other organisations' drafts."""
    if is_reviewer(request.user):
        return documents
    return documents.filter(uploaded_by_user=request.user)


@hooks.register("before_serve_document")
def submissions_stay_private_until_published(document, request):
    """A file filed for review is public once a live, public library item shows it; until
    then only the organisation that filed it and the reviewers may fetch it."""
    if document.collection_id != submissions_collection().pk:
        return None
    user = request.user
    items = LibraryItemPage.objects.filter(document=document)
    if user.is_authenticated and (
        is_reviewer(user)
        or document.uploaded_by_user_id == user.pk
        or items.filter(organisation__members=user).exists()
    ):
        return None
    if items.live().public().exists():
        return None
    raise Http404


def library_section(request, page, items) -> str:
    library = LibraryIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    if library is None:
        return ""
    latest = list(
        items.live()
        .public()
        .descendant_of(library)
        .select_related("organisation", "document__analysis")
        .order_by("-publication_date", "-pk")[:SECTION_SIZE]
    )
    if not latest:
        return ""
    return render_to_string(
        "library/section.html", {"library": library, "items": latest}, request=request
    )


@hooks.register("portal_home_sections")
def latest_library_items(request, page):
    return library_section(request, page, LibraryItemPage.objects.all())


@hooks.register("portal_theme_sections")
def theme_library_items(request, page):
    return library_section(request, page, LibraryItemPage.objects.filter(themes=page.theme_id))
