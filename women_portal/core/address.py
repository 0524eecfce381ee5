"""Full addresses of pages (citations, the canonical link, sharing, the sitemap, feeds) use
the portal's public address, WAGTAILADMIN_BASE_URL, as the e-mails do: not the host of the
Site record, which a fresh install leaves at "localhost" and the demo sets to the address
it was loaded at."""

from django.conf import settings


def portal_address() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def full_address(page, request=None) -> str | None:
    """Any page's full address (a plain `Page` too, which PortalAddress is not mixed in)."""
    parts = page.get_url_parts(request=request)
    if parts is None or parts[2] is None:
        return None
    return portal_address() + parts[2]


class PortalAddress:
    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request=request)
        if parts is None or parts[1] is None:
            return parts
        site_id, _root_url, page_path = parts
        return site_id, portal_address(), page_path
