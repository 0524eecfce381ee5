"""`load_demo_content` builds a complete site and can be run again without duplicating it."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage
from library.models import LibraryItemPage
from tests.core.untranslated import check_pages_speak_the_readers_language
from tests.forum.test_forum import check_demo_forum
from tests.library.test_demo import check_demo_library
from tests.search.test_stored_text import check_demo_articles_text


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {
            "core",
            "home",
            "library",
            "wagtailcore",
            "wagtailimages",
            "wagtaildocs",
            "taggit",
            "forum",
            "forum_conversation",
            "accounts",
        }
        and model._meta.model_name not in {"revision", "modellogentry", "pagelogentry", "rendition"}
    }


# One load for the checks below and each app's (and a second one): loading the demo is the
# slow part.
@pytest.mark.django_db
def test_demo_site_has_every_page_in_every_language_and_loads_again_without_copies(
    client, django_capture_on_commit_callbacks, django_assert_num_queries
):
    from home.models import ArticlePage, ThemePage

    with django_capture_on_commit_callbacks(execute=True):  # the library's PDFs are read
        call_command("load_demo_content")

    assert isinstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)
    for path, text in [
        ("/ar/", "بوابة المرأة"),
        ("/fr/", "Portail des femmes"),
        ("/en/", "Women's Portal"),
        ("/ar/safety/", "الخروج السريع"),
        ("/fr/safety/", "Sortie rapide"),
        ("/en/safety/", "Quick exit"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert text in response.content.decode(), path
    assert "1899" in client.get("/fr/").content.decode()

    # Library items are documents in their own language, not translations of each other.
    pages = Page.objects.filter(locale__language_code="ar", depth__gt=1).not_type(LibraryItemPage)
    for page in pages:
        assert page.get_translations().filter(locale__language_code="fr", live=True).exists(), page

    for code in ("ar", "fr"):
        themes = ThemePage.objects.filter(locale__language_code=code)
        assert themes.count() == 7
        for theme in themes:
            assert ArticlePage.objects.live().child_of(theme).count() >= 3, (code, theme)
    bodies = [article.body for article in ArticlePage.objects.filter(locale__language_code="fr")]
    kinds = {block.block_type for body in bodies for block in body}
    assert {"video", "embed", "table", "helpline"} <= kinds
    assert all(article.hero_alt for article in ArticlePage.objects.all())

    check_demo_library(client)
    check_demo_forum(client)
    check_demo_articles_text(django_assert_num_queries)
    check_pages_speak_the_readers_language(client)

    # Run again (an operator may): one copy of everything.
    first = row_counts()
    call_command("load_demo_content")
    assert row_counts() == first
