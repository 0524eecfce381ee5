"""Per-address limits on what costs the server most and is easiest to abuse: searches that
miss the page cache and the open-data API. Sign-up, login and password reset are limited by
allauth and django-axes, forum posts by forum/forum_conversation, each with its own message.
The numbers are in settings.RATE_LIMITS; going over answers 429 (views.rate_limited)."""

from functools import wraps

from django.conf import settings
from django_ratelimit.core import is_ratelimited

from .views import rate_limited


def client_address(group, request) -> str:
    return request.META.get(settings.RATE_LIMIT_ADDRESS_HEADER) or request.META["REMOTE_ADDR"]


def limited(name: str):
    """Decorator: at most settings.RATE_LIMITS[name] requests per address."""

    def decorator(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if is_ratelimited(
                request,
                group=name,
                key=client_address,
                rate=settings.RATE_LIMITS[name],
                increment=True,
            ):
                return rate_limited(request)
            return view(request, *args, **kwargs)

        return limited_view

    return decorator
