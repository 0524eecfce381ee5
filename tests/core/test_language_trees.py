"""No language says "nothing here" while the content exists in another: wagtail-localize's
synchronised trees show an untranslated page in every language, marked as such."""

import pytest
from django.urls import reverse
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource

from tests.factories import locale
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.library.factories import LibraryIndexPageFactory, LibraryItemPageFactory
from women_portal.core.locales import synchronise_language_trees
from women_portal.core.models import Theme


@pytest.fixture
def arabic_article(homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    article = ArticlePageFactory(
        parent=theme, slug="rights-at-work", title="حقوق العاملات", summary="ملخص المقال"
    )
    synchronise_language_trees()  # what the admin does when a page is created
    return article


def test_languages_are_chained_french_from_arabic_and_english_from_french(db):
    chain = {
        sync.locale.language_code: sync.sync_from.language_code
        for sync in LocaleSynchronization.objects.select_related("locale", "sync_from")
    }
    assert chain == {"fr": "ar", "en": "fr"}


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        ("fr", "Cette page n'est pas encore traduite. La voici en arabe."),
        ("en", "This page is not translated yet. Here it is in Arabic."),
    ],
)
def test_an_untranslated_article_is_shown_in_every_language_marked_as_arabic(
    client, arabic_article, language, notice
):
    page = client.get(f"/{language}/work/rights-at-work/").content.decode()
    assert notice in page
    assert '<main id="main" tabindex="-1" lang="ar" dir="rtl">' in page
    assert '<link rel="canonical" href="http://testserver/ar/work/rights-at-work/">' in page
    theme = client.get(f"/{language}/work/").content.decode()
    assert 'lang="ar" dir="auto">حقوق العاملات</a>' in theme  # listed, in its language


def test_a_translated_page_has_no_notice(client, arabic_article):
    page = client.get("/ar/work/rights-at-work/").content.decode()
    assert (
        "not translated" not in page and 'lang="ar" dir="rtl">' not in page.split("<main")[1][:60]
    )


def test_while_the_translation_is_a_draft_readers_still_see_the_original_marked_as_such(
    client, arabic_article, admin_user, django_capture_on_commit_callbacks
):
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[arabic_article.pk]),
            {"locales": [locale("fr").pk]},
        )
    client.logout()
    page = client.get("/fr/work/rights-at-work/").content.decode()
    assert "La voici en arabe." in page

    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(arabic_article),
        target_locale=locale("fr"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)
    page = client.get("/fr/work/rights-at-work/").content.decode()
    assert "La voici en arabe." not in page
    assert '<main id="main" tabindex="-1">' in page


def test_every_document_is_in_the_library_of_every_language(client, homes):
    library = LibraryIndexPageFactory(parent=homes["ar"], slug="library")
    LibraryItemPageFactory(parent=library, title="تقرير الجمعية")
    synchronise_language_trees()
    french_library = library.get_translation(locale("fr"))
    french_only = LibraryItemPageFactory(parent=french_library, title="Rapport en français")
    french_only.languages.set([])

    for language in ("ar", "fr", "en"):
        listing = client.get(f"/{language}/library/").content.decode()
        assert "تقرير الجمعية" in listing, language
        assert "Rapport en français" in listing, language
        assert listing.count("Rapport en français</a>") == 1, language
    arabic_listing = client.get("/ar/library/").content.decode()
    assert 'lang="fr" dir="auto">Rapport en français</a>' in arabic_listing
