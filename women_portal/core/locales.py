from django.conf import settings


def ensure_content_locales(**kwargs) -> None:
    """Give every content language a Wagtail Locale, so a fresh install can translate at once."""
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
