"""Template tags for the parts of base.html that every page shares."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from women_portal.core.models import Helpline, Municipality
from women_portal.pagecache.cache import remember

register = template.Library()

# Standard pages linked from every footer, found by their slug in the reader's language.
FOOTER_PAGE_SLUGS = ("about", "safety", "privacy", "accessibility", "forum-rules")


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link falls back to that language's home page


def language_home_url(code: str) -> str:
    with translation.override(code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """A link per language: to this page's translation if it has one, else that language's home."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None and code in translations:
            url, is_translation = translations[code].get_url(request), True
        elif page is None and (translated := translate_url(request.path, code)) != request.path:
            url, is_translation = translated, True
        else:
            url, is_translation = language_home_url(code), False
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links


# What every page shows is kept in the cache until the next change (pagecache.remember).


@register.simple_tag(takes_context=True)
def home_page(context) -> Page | None:
    """The home page in the reader's language (the site root's translation)."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return None
    return remember(f"home:{site.pk}", lambda: site.root_page.localized)


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    home = home_page(context)
    if home is None:
        return []
    return remember(
        f"menu:{home.pk}", lambda: list(home.get_children().live().in_menu().specific(defer=True))
    )


def find_footer_pages() -> dict[str, Page]:
    pages = Page.objects.live().filter(locale=Locale.get_active(), slug__in=FOOTER_PAGE_SLUGS)
    by_slug = {page.slug: page for page in pages}
    return {slug: by_slug[slug] for slug in FOOTER_PAGE_SLUGS if slug in by_slug}


@register.simple_tag
def footer_pages() -> dict[str, Page]:
    return remember("footer-pages", find_footer_pages)


@register.simple_tag
def municipality() -> Municipality | None:
    return remember("municipality", lambda: Municipality.objects.for_active_locale().first())


@register.simple_tag
def helplines() -> list[Helpline]:
    return remember("helplines", lambda: list(Helpline.objects.for_active_locale()))
