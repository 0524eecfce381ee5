"""The editor cannot build a wrong tree, and every page type renders in each language."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ArticlePage, HomePage, StandardPage, ThemePage
from tests.factories import StandardPageFactory, publish_translation
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from women_portal.core.models import Theme


class PageTreeRules(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_theme_pages_only_under_a_home_page(self):
        self.assertAllowedParentPageTypes(ThemePage, {HomePage})
        self.assertAllowedSubpageTypes(ThemePage, {ArticlePage})

    def test_articles_only_under_a_theme_and_without_children(self):
        self.assertAllowedParentPageTypes(ArticlePage, {ThemePage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_standard_pages_under_home_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})


@pytest.mark.django_db
def test_every_page_type_renders_in_arabic_and_french(client, homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty", title="الفقر")
    article = ArticlePageFactory(parent=theme, slug="aid", title="المساعدة الاجتماعية")
    standard = StandardPageFactory(parent=homes["ar"], slug="about", title="عن البوابة")
    french = {
        "Pauvreté": publish_translation(theme, "fr", title="Pauvreté"),
        "Aide sociale": publish_translation(article, "fr", title="Aide sociale"),
        "À propos": publish_translation(standard, "fr", title="À propos"),
        "Portail des femmes": homes["fr"],
    }
    arabic = {page.title: page for page in [homes["ar"], theme, article, standard]}
    for lang, pages in [("ar", arabic), ("fr", french)]:
        for title, page in pages.items():
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert (
                response.templates[0].name
                == f"home/{page.specific._meta.model_name.replace('page', '_page')}.html"
            )
            content = response.content.decode()
            assert f"<h1>{title}</h1>" in content and f'<html lang="{lang}"' in content


@pytest.mark.django_db
def test_a_language_has_one_page_per_theme(homes):
    theme = Theme.objects.get(key="poverty")
    ThemePageFactory(parent=homes["ar"], theme=theme, slug="poverty")
    duplicate = ThemePage(title="الفقر 2", slug="poverty-2", theme=theme)
    with pytest.raises(ValidationError) as error:
        homes["ar"].add_child(instance=duplicate)
    assert "theme" in error.value.message_dict
    # The same theme in French is fine.
    ThemePageFactory(parent=homes["fr"], theme=theme, slug="pauvrete")


@pytest.mark.django_db
def test_a_main_image_needs_alternative_text(homes):
    from wagtail_factories import ImageFactory

    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    article = ArticlePageFactory.build(slug="x", hero_image=ImageFactory(), hero_alt=" ")
    with pytest.raises(ValidationError) as error:
        theme.add_child(instance=article)
    assert "hero_alt" in error.value.message_dict


@pytest.mark.django_db
def test_articles_know_their_theme_page(homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    article = ArticlePageFactory(parent=theme, slug="a")
    assert article.theme_page_id == theme.pk
    french_theme = publish_translation(theme, "fr")
    french = publish_translation(article, "fr")
    assert french.theme_page_id == french_theme.pk
