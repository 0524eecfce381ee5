from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from wagtail.models import Site

from . import cache


class AnonymousPageCacheMiddleware:
    """Serve anonymous readers from the page cache; placed before sessions and
    authentication, so a cached page costs no database query at all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cache.is_cacheable_request(request):
            return self.get_response(request)
        cached = cache.load(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if not getattr(request, "skip_page_cache", False):
            cache.store(request, response)
        response["X-Page-Cache"] = "miss"
        return response


class KnownSiteMiddleware:
    """Wagtail looks up the site a request is for in the database, on every request. Sites
    change only with a change that starts a new cache generation, so the answer is kept
    until then (cache.remember), and handed to Wagtail where it looks for it first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.get_host()  # only the site's own names are kept (not any Host header)
        except DisallowedHost:
            return self.get_response(request)  # which answers 400
        hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail reads it
        port = request.get_port()
        request._wagtail_site = cache.remember(
            f"site:{hostname}:{port}",
            lambda: Site.find_for_request(request),
            per_language=False,  # the language is not known yet
        )
        return self.get_response(request)
