"""Template tags for the parts of base.html that every page shares."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page, Site

from women_portal.core.address import full_address, portal_address
from women_portal.core.locales import first_original
from women_portal.core.models import Helpline, Municipality
from women_portal.core.text_language import language_of
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
            # An alias (a page not translated yet) is no translation for search engines.
            in_language = translations[code]
            url, is_translation = in_language.get_url(request), in_language.alias_of_id is None
        elif page is None and (translated := translate_url(request.path, code)) != request.path:
            url, is_translation = translated, True
        else:
            url, is_translation = language_home_url(code), False
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links


# A language's name inside a sentence ("here it is in Arabic"), in the reader's language.
LANGUAGE_IN_SENTENCE = {
    "ar": pgettext_lazy("in a sentence", "Arabic"),
    "fr": pgettext_lazy("in a sentence", "French"),
    "en": pgettext_lazy("in a sentence", "English"),
}


@dataclass(frozen=True)
class Original:
    """The page an untranslated page (a wagtail-localize alias) shows, in its language."""

    code: str
    name: str
    bidi: bool
    url: str


def original_page(page: Page) -> Page | None:
    """The page whose text `page` shows when it is not translated yet: the original of a
    wagtail-localize alias; or, once the editor has started translating it (the alias
    converted into a translation that is not published: it stays live with the original's
    text, and has no live revision), the translation's source."""
    if page.alias_of_id:
        return first_original(page)
    if page.live and page.live_revision_id is None:
        from wagtail_localize.models import TranslationSource

        source = (
            TranslationSource.objects.filter(object_id=page.translation_key)
            .exclude(locale_id=page.locale_id)
            .first()
        )
        if source is not None:
            return (
                Page.objects.select_related("locale")
                .filter(translation_key=page.translation_key, locale_id=source.locale_id)
                .first()
            )
    return None


@register.simple_tag(takes_context=True)
def original_of(context, page) -> Original | None:
    """For a page shown in another language's tree before it is translated: its language
    (for the notice, `lang` and `dir`) and its own address (the canonical one)."""
    if not isinstance(page, Page):
        return None
    original = original_page(page)
    if original is None or original.locale_id == page.locale_id:
        return None  # translated, or an alias within one language (Wagtail's own)
    code = original.locale.language_code
    return Original(
        code,
        LANGUAGE_IN_SENTENCE.get(code, code),
        translation.get_language_info(code)["bidi"],
        full_address(original, context["request"]),
    )


@register.filter
def foreign_language(page: Page) -> str:
    """The language a listed page is written in, when it is not the reader's (a page not
    translated yet, or a document the library has only in another language); else "".
    Lists fetch their pages with ALIAS_LOCALES."""
    written = first_original(page).locale.language_code
    return "" if written == translation.get_language() else written


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


def previewed(context, model):
    """The snippet an editor previews (Model.serve_preview), shown in place of its published
    version; None on every page readers get."""
    request = context.get("request")
    instance = context.get("object")
    if getattr(request, "is_preview", False) and isinstance(instance, model):
        return instance
    return None


@register.simple_tag(takes_context=True)
def municipality(context) -> Municipality | None:
    if (draft := previewed(context, Municipality)) is not None:
        return draft
    return remember("municipality", lambda: Municipality.objects.live().for_active_locale().first())


@register.simple_tag(takes_context=True)
def helplines(context) -> list[Helpline]:
    if (draft := previewed(context, Helpline)) is not None:
        # Among the published lines of its language, in its place (its published version
        # left out), whether it is published yet or not.
        others = Helpline.objects.live().filter(locale_id=draft.locale_id).exclude(pk=draft.pk)
        return sorted([*others, draft], key=lambda line: (line.sort_order, line.pk or float("inf")))
    return remember("helplines", lambda: list(Helpline.objects.live().for_active_locale()))


@register.filter
def at_portal_address(path: str) -> str:
    """A site path as a full address at the portal's public address (core/address.py)."""
    return portal_address() + path


@register.filter
def in_its_language(text) -> SafeString:
    """Attributes for the element holding a member's or contributor's text: `lang` and
    `dir` told from its letters (core/text_language.py), or `dir="auto"` when unsure."""
    language = language_of(str(text))
    if language is None:
        return mark_safe(' dir="auto"')  # noqa: S308 # nosec - constant
    return format_html(' lang="{}" dir="{}"', language, "rtl" if language == "ar" else "ltr")
