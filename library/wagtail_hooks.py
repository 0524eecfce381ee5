from django.db.models import Q
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_reports
from .models import CARD_RELATED, LibraryIndexPage, LibraryItemPage, Organisation
from .visibility import (
    PagePolicyWithoutOthersDrafts,
    chooses_any_document,
    documents_visible_to,
    library_drafts_visible_to,
)

Document = get_document_model()

# Before any admin view asks for the policy of pages (Wagtail's documented way in).
register_permission_policy(Page, PagePolicyWithoutOthersDrafts(Page))
admin_reports.name_only_the_users_of_visible_entries()

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
    if chooses_any_document(request.user):
        return documents
    return documents.filter(uploaded_by_user=request.user)


@hooks.register("before_serve_document")
def submissions_stay_private_until_published(document, request):
    if not documents_visible_to(request.user, Document.objects.filter(pk=document.pk)).exists():
        raise Http404


class DocumentsAdminAPIForThisUser(DocumentsAdminAPIViewSet):
    """Wagtail's admin API lists and describes every document to any admin user; this one
    only those the user may edit in the admin or fetch (the rule of the files themselves)."""

    def get_queryset(self):
        user = self.request.user
        documents = super().get_queryset()
        policy = policy_registry.get_by_type(Document)
        editable = policy.instances_user_has_permission_for(user, "change")
        fetchable = documents_visible_to(user, documents)
        return documents.filter(Q(pk__in=editable.values("pk")) | Q(pk__in=fetchable.values("pk")))


class PagesAdminAPIForThisUser(PagesAdminAPIViewSet):
    """The pages Wagtail's admin API describes, without other organisations' drafts."""

    def get_base_queryset(self):
        return library_drafts_visible_to(self.request.user, super().get_base_queryset())


@hooks.register("construct_admin_api", order=1)  # after wagtail.documents registers its own
def admin_api_for_this_user(router):
    router.register_endpoint("documents", DocumentsAdminAPIForThisUser)
    router.register_endpoint("pages", PagesAdminAPIForThisUser)


@hooks.register("construct_explorer_page_queryset")
def explorer_without_other_organisations_drafts(parent_page, pages, request):
    return library_drafts_visible_to(request.user, pages)


def library_section(request, page, items) -> str:
    library = LibraryIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    if library is None:
        return ""
    latest = list(
        items.live()
        .public()
        .descendant_of(library)
        .select_related(*CARD_RELATED)
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
