"""Page addresses in Latin letters (WAGTAIL_ALLOW_UNICODE_SLUGS = False).

In the admin the slug is made from the title as she types it, by Wagtail's script and its
Arabic transliteration. A page saved without one — made by code (demo content, tests), or
sent before the script filled it in — gets the same kind of address here: Wagtail would
otherwise drop every Arabic letter and be left with nothing."""

from anyascii import anyascii
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug


def latin_slug(title: str) -> str:
    return slugify(anyascii(title))[:200] or "page"


class LatinSlug:
    """For page models: an empty slug is made from the title, in Latin letters, and kept
    apart from its siblings' slugs."""

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.title:
            slug = latin_slug(self.title)
            self.slug = find_available_slug(self.get_parent(), slug) if self.path else slug
        super().full_clean(*args, **kwargs)
