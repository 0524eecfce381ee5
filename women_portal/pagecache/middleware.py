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
