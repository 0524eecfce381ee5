"""An Arabic page is translated to French through wagtail-localize, as the editor does it."""

import polib
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import StandardPageFactory, locale


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")


def test_arabic_page_translated_to_french_is_served_in_french(
    client, homes, editor, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(
        parent=homes["ar"], slug="rights", title="حقوق المرأة", intro="مقدمة"
    )
    client.force_login(editor)

    # 1. The editor asks for a French translation from the page's "Translate" action.
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale("fr").pk]},
    )
    assert response.status_code == 302
    french = page.get_translation(locale("fr"))
    assert not french.live  # a draft until the translation is done

    # 2. She fills in the strings (the editor's PO upload does exactly this) and publishes.
    source = TranslationSource.objects.get_for_instance(page)
    translation = Translation.objects.get(source=source, target_locale=locale("fr"))
    po = polib.pofile(str(translation.export_po()))
    french_strings = {"حقوق المرأة": "Droits des femmes", "مقدمة": "Introduction"}
    for entry in po:
        entry.msgstr = french_strings.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):  # localize publishes on commit
        translation.save_target(user=editor, publish=True)

    response = client.get("/fr/rights/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>Droits des femmes</h1>" in content
    assert '<html lang="fr" dir="ltr">' in content


def test_translating_an_article_publishes_nothing_untranslated(
    client, homes, editor, django_capture_on_commit_callbacks
):
    """The article is copied as a draft: its French address answers nothing, and no French
    page lists it, until the editor publishes the translation. (The theme above it, which
    had no French copy, becomes Wagtail's alias of the Arabic theme.)"""
    from tests.home.factories import ArticlePageFactory, ThemePageFactory
    from women_portal.core.models import Theme

    theme = ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    article = ArticlePageFactory(parent=theme, slug="rights-at-work", title="حقوق العاملات")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
            {"locales": [locale("fr").pk]},
        )
    assert response.status_code == 302
    assert not article.get_translation(locale("fr")).live
    client.logout()
    assert client.get("/fr/work/rights-at-work/").status_code == 404
    for path in ("/fr/", "/fr/work/"):
        assert "حقوق العاملات" not in client.get(path).content.decode()
