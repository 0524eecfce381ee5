from django.conf import settings

# What a list fetches with its pages to tell each one's language (first_original), up to
# two aliases deep.
ALIAS_LOCALES = ("locale", "alias_of__locale", "alias_of__alias_of__locale")


def first_original(page):
    """Where a page's text comes from: itself, or the original of an alias. English aliases
    are aliases of French ones when the French page is itself an alias of the Arabic one
    (the trees are chained, see below)."""
    while page.alias_of_id:
        page = page.alias_of
    return page


def ensure_content_locales(**kwargs) -> None:
    """Give every content language a Wagtail Locale, so a fresh install can translate at once;
    and chain them with wagtail-localize's synchronised trees (French from Arabic, English
    from French), so no language says "nothing here" while the content exists in another.

    A page not yet translated appears in the other trees as an alias of the original (the
    reader is told which language it is in), and becomes a translation when the editor
    translates it. A chain, not a circle: wagtail-localize copies every new page along its
    synchronisations, and a circle would copy a page back into its own language. A page
    written first in French or English reaches the languages after it in the chain; the
    library also lists, in every language, the documents it has only in others (library.browse).
    An operator's own choice (Settings → Locales) is kept.
    """
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    locales = [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]
    for source, locale in zip(locales, locales[1:], strict=False):
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})


def synchronise_language_trees() -> None:
    """Bring every language's tree up to date along the chain, in its order (wagtail-localize's
    own `sync_locale_trees` reads the tree once, so one run reaches only the next language)."""
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import synchronize_tree

    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from").order_by("pk"):
        synchronize_tree(sync.sync_from, sync.locale)
