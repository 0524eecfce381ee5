"""Sections that other apps add to the home and theme pages.

An app registers a Wagtail hook, e.g.::

    @hooks.register("portal_home_sections")
    def latest_library_items(request, page):
        return render_to_string("library/home_section.html", {...}, request=request)

The function returns HTML, or nothing to show nothing. Until an app registers one, its
section simply is not there.
"""

from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks


def render_sections(hook_name: str, request, page) -> list[SafeString]:
    sections = (section(request, page) for section in hooks.get_hooks(hook_name))
    # Each section is a template rendered by our own code, escaped as templates are.
    return [mark_safe(html) for html in sections if html]  # noqa: S308  # nosec
