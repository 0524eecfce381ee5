"""The admin's pages about one page (its listing, history, revisions, usage, preview…) open
to a contributor only for pages her policy lets her see (visibility.py): Wagtail asks the
page permission policy for what it lists and edits, but opens any page under her
explorable root by address, title and author included."""

from django.http import Http404
from wagtail.models import Page

from .visibility import library_drafts_visible_to, sees_every_draft

PAGE_ARGUMENTS = ("page_id", "parent_page_id", "pk")


class OtherOrganisationsDraftsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        match = request.resolver_match
        about_a_page = "wagtailadmin_pages" in match.namespaces or (
            match.url_name or ""
        ).startswith("wagtailadmin_explore")
        if not about_a_page:
            return None
        page_id = next((kwargs[name] for name in PAGE_ARGUMENTS if name in kwargs), None)
        user = request.user
        if page_id is None or not user.is_authenticated or sees_every_draft(user):
            return None
        if not library_drafts_visible_to(user, Page.objects.filter(pk=page_id)).exists():
            raise Http404
        return None
