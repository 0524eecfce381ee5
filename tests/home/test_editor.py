"""What the editor meets in the Wagtail admin: required alt text, clear messages."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from home.models import ArticlePage
from tests.home.factories import ThemePageFactory


@pytest.fixture
def editor_client(client, db):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    return client


def article_form(body_blocks, action="action-publish"):
    data = nested_form_data(
        {
            "title": "مقال فيه صورة",
            "slug": "with-image",
            "summary": "ملخص",
            "date": "2026-11-01",
            "body": streamfield(body_blocks),
            "featured_articles": inline_formset([]),
            "related_articles": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


def add_article(editor_client, theme, data):
    url = reverse("wagtailadmin_pages:add", args=["home", "articlepage", theme.pk])
    return editor_client.post(url, data)


def test_an_image_block_without_alt_text_cannot_be_published(editor_client, homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    image = ImageFactory()
    blocks = [("image", {"image": image.pk, "alt": "", "caption": "صورة"})]
    response = add_article(editor_client, theme, article_form(blocks))
    assert response.status_code == 200  # the form again, with the error
    assert not ArticlePage.objects.filter(slug="with-image").exists()
    assert "لا يمكن إنشاء الصفحة بسبب أخطاء التحقق من الصحة" in response.content.decode()
    body_error = response.context["form"].errors.as_data()["body"][0]
    assert list(body_error.block_errors[0].block_errors) == ["alt"]


def test_the_same_block_with_alt_text_is_published(editor_client, homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    image = ImageFactory()
    blocks = [
        ("paragraph", rich_text("<p>نص</p>")),
        ("image", {"image": image.pk, "alt": "نساء في اجتماع", "caption": ""}),
    ]
    response = add_article(editor_client, theme, article_form(blocks))
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="with-image", alias_of=None)
    assert article.live
    page = editor_client.get(article.url).content.decode()
    assert 'alt="نساء في اجتماع"' in page
    assert "format-webp" in page or ".webp" in page


def test_an_embed_from_an_unknown_site_is_refused(editor_client, homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    blocks = [("embed", {"url": "https://evil.example/video", "title": "فيديو"})]
    response = add_article(editor_client, theme, article_form(blocks))
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(slug="with-image").exists()


def test_scheduled_article_goes_live_when_its_time_comes(client, homes):
    import time
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from tests.home.factories import ArticlePageFactory

    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    article = ArticlePageFactory(parent=theme, slug="later", live=False)
    article.go_live_at = timezone.now() + timedelta(seconds=2)
    article.save_revision().publish()  # a future date: publishing only schedules it
    article.refresh_from_db()
    assert not article.live
    assert client.get("/ar/poverty/later/").status_code == 404

    time.sleep(2.1)  # the time comes; the cron job publishes it
    call_command("publish_scheduled")
    assert client.get("/ar/poverty/later/").status_code == 200


def test_admin_page_search_finds_an_article(editor_client, homes):
    from tests.home.factories import ArticlePageFactory

    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    ArticlePageFactory(parent=theme, slug="aid", title="منحة العائلات المعوزة")
    response = editor_client.get(reverse("wagtailadmin_pages:search"), {"q": "منحة"})
    assert "منحة العائلات المعوزة" in response.content.decode()


@pytest.mark.parametrize(
    ("block", "field"),
    [
        (
            ("document", {"title": "كتاب", "description": "", "page": "", "document": ""}),
            "page",
        ),
        (
            (
                "call_to_action",
                {"heading": "ساهمي", "text": "", "page": "", "url": "", "button": "هنا"},
            ),
            "page",
        ),
    ],
)
def test_blocks_that_need_a_target_say_so(editor_client, homes, block, field):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    response = add_article(editor_client, theme, article_form([block]))
    assert response.status_code == 200
    body_error = response.context["form"].errors.as_data()["body"][0]
    assert list(body_error.block_errors[0].block_errors) == [field]


def test_new_page_addresses_are_transliterated_to_latin(client, homes, django_user_model):
    """The slug field asks the admin's script to transliterate the title (its Arabic map)
    rather than keep Arabic letters, which every copy of the address percent-encodes."""
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    form = client.get(f"/admin/pages/add/home/standardpage/{homes['ar'].pk}/").content.decode()
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', form).group(0)
    assert 'data-controller="w-slug"' in slug_input
    assert "allow-unicode-value" not in slug_input  # Django leaves a False attribute out


def test_a_page_saved_without_an_address_gets_a_latin_one_apart_from_its_siblings(homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="work")
    first = theme.add_child(instance=ArticlePage(title="حقوق المرأة في العمل", summary="ملخص"))
    second = theme.add_child(instance=ArticlePage(title="حقوق المرأة في العمل", summary="ملخص"))
    assert first.slug.isascii() and first.slug.startswith("hqwq")
    assert second.slug != first.slug and second.slug.isascii()
