"""The helplines and the municipality are reviewed like pages (issue #22, "safety-critical
numbers without review"): a change is a draft that readers do not see, that the staff editor
previews and finds in the history, until she publishes it."""

import importlib
import json

import polib
import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import HelplineFactory, MunicipalityFactory, locale
from tests.forum.test_forum import member
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.pagecache.test_invalidation import cached
from women_portal.core import demo
from women_portal.core.models import Helpline, Municipality, Theme

FORM = {"name": "الخط الأخضر", "number": "1899", "hours": "24/24", "description": ""}


@pytest.fixture
def editor(homes):
    """The staff editor, with her own account (women_portal/core/editors.py)."""
    return member("staff-editor", "المحررة", "Moderators")


def footer_of(client, path="/ar/") -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def edit_url(line) -> str:
    return reverse("wagtailsnippets_core_helpline:edit", args=[line.pk])


# --- readers get the published version only ---------------------------------------------------


def test_a_draft_of_a_helpline_is_not_shown_until_it_is_published(client, homes):
    line = HelplineFactory(number="1899")
    line.number = "80 100 200"
    revision = line.save_revision()

    for path in ("/ar/", "/fr/"):
        content = footer_of(client, path)
        assert 'href="tel:1899"' in content and "80 100 200" not in content, path

    revision.publish()
    content = footer_of(client)
    assert 'href="tel:80100200"' in content and ">80 100 200<" in content
    assert 'href="tel:1899"' not in content


def test_a_new_helpline_saved_as_a_draft_is_not_in_the_footer(client, editor):
    HelplineFactory(name="الخط الأخضر", number="1899")
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/core/helpline/add/",
        {**FORM, "name": "خط الإصغاء", "number": "80 100 255", "sort_order": 0},
    )
    assert response.status_code == 302
    draft = Helpline.objects.get(number="80 100 255")
    assert not draft.live
    client.logout()
    content = footer_of(client)
    assert "80 100 255" not in content and "خط الإصغاء" not in content
    assert 'href="tel:1899"' in content  # the safety bar's number is the published one


def test_the_staff_editor_publishes_a_helpline_from_the_admin(client, editor):
    line = HelplineFactory(number="1899")
    client.force_login(editor)
    response = client.post(
        edit_url(line), {**FORM, "number": "80 100 200", "sort_order": 0, "action-publish": "1"}
    )
    assert response.status_code == 302
    line.refresh_from_db()
    assert line.live and line.number == "80 100 200" and line.live_revision is not None
    client.logout()
    assert ">80 100 200<" in footer_of(client)


def test_an_unpublished_helpline_leaves_the_footer(client, homes):
    line = HelplineFactory(number="1899")
    line.save_revision().publish()
    line.unpublish()
    assert "tel:1899" not in footer_of(client)


def test_an_article_shows_no_number_once_its_helpline_is_unpublished(client, homes):
    line = HelplineFactory(name="الخط الأخضر", number="1899")
    theme = ThemePageFactory(
        parent=homes["ar"], slug="protection", theme=Theme.objects.get(key="protection")
    )
    body = [{"type": "helpline", "value": {"helpline": line.pk, "message": "اتصلي الآن"}}]
    ArticlePageFactory(parent=theme, slug="call", body=json.dumps(body))
    assert 'class="callout__number" href="tel:1899"' in footer_of(client, "/ar/protection/call/")

    line.unpublish()
    content = footer_of(client, "/ar/protection/call/")
    assert "callout--helpline" not in content and "tel:1899" not in content


def test_a_draft_of_the_municipality_is_not_shown_until_it_is_published(client, homes):
    town = MunicipalityFactory(name="بلدية الكاف")
    town.name = "بلدية الكاف الجديدة"
    revision = town.save_revision()
    assert "بلدية الكاف الجديدة" not in footer_of(client)
    revision.publish()
    assert "<title>بوابة المرأة — بلدية الكاف الجديدة</title>" in footer_of(client)


# --- the admin: drafts, history, preview -------------------------------------------------------


def test_the_edit_view_offers_save_draft_and_publish_and_keeps_a_history(client, editor):
    line = HelplineFactory(number="1899")
    client.force_login(editor)
    content = client.get(edit_url(line)).content.decode()
    with translation.override("ar"):  # the admin's language
        save_draft, publish = gettext("Save draft"), gettext("Publish")
    assert save_draft in content and publish in content
    assert 'name="action-publish"' in content

    client.post(edit_url(line), {**FORM, "number": "80 100 200", "sort_order": 0})  # a draft
    line.refresh_from_db()
    assert line.number == "1899" and line.has_unpublished_changes  # readers still see 1899
    history = client.get(f"/admin/snippets/core/helpline/history/{line.pk}/")
    assert history.status_code == 200
    assert line.latest_revision_id is not None
    revision_url = f"/admin/snippets/core/helpline/history/{line.pk}/revisions/"
    assert f"{revision_url}{line.latest_revision_id}/view/" in history.content.decode()
    assert client.get(f"/admin/snippets/core/municipality/history/{MunicipalityFactory().pk}/")


def test_the_preview_shows_the_draft_number_where_readers_will_see_it(client, editor):
    line = HelplineFactory(number="1899")
    client.force_login(editor)
    url = reverse("wagtailsnippets_core_helpline:preview_on_edit", args=[line.pk])
    data = {**FORM, "number": "80 100 200", "sort_order": 0}
    assert json.loads(client.post(url, data).content)["is_valid"]

    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="helpline__number" href="tel:80100200"' in content  # the footer's list
    assert 'class="safety-bar__call" href="tel:80100200"' in content  # the top bar
    assert "tel:1899" not in content
    assert '<html lang="ar" dir="rtl">' in content
    # Nothing is published, nor kept for readers by the caches.
    client.logout()
    assert "80 100 200" not in footer_of(client)


def test_a_french_helpline_is_previewed_in_french(client, editor):
    line = HelplineFactory(number="1899")
    french = line.copy_for_translation(locale("fr"))
    french.name = "Numéro vert"
    french.save()
    client.force_login(editor)
    url = reverse("wagtailsnippets_core_helpline:preview_on_edit", args=[french.pk])
    client.post(url, {**FORM, "name": "Numéro vert (nouveau)", "sort_order": 0})
    content = client.get(url).content.decode()
    assert '<html lang="fr" dir="ltr">' in content
    assert "Numéro vert (nouveau)" in content


def test_a_new_helpline_is_previewed_before_it_is_saved(client, editor):
    HelplineFactory(name="الخط الأخضر", number="1899", sort_order=0)
    client.force_login(editor)
    url = reverse("wagtailsnippets_core_helpline:preview_on_add")
    client.post(url, {**FORM, "name": "خط الإصغاء", "number": "1809", "sort_order": 1})
    content = client.get(url).content.decode()
    assert content.index('href="tel:1899"') < content.index(
        'class="helpline__number" href="tel:1809"'
    )
    assert not Helpline.objects.filter(number="1809").exists()


def test_the_municipality_preview_shows_the_draft_name(client, editor):
    town = MunicipalityFactory(name="بلدية الكاف")
    client.force_login(editor)
    url = reverse("wagtailsnippets_core_municipality:preview_on_edit", args=[town.pk])
    client.post(url, {"name": "بلدية الكاف الجديدة", "tagline": "", "credit": "التعهد 17"})
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<span class="brand__town">بلدية الكاف الجديدة</span>' in content
    assert "بلدية الكاف الجديدة · التعهد 17" in content


def test_the_staff_editor_may_publish_and_lock_them(editor):
    for model in ("helpline", "municipality"):
        for action in ("publish", "lock", "unlock"):
            assert editor.has_perm(f"core.{action}_{model}"), (action, model)


# --- wagtail-localize -------------------------------------------------------------------------


def test_a_translated_helpline_shows_on_the_french_pages_once_published(
    client, editor, django_capture_on_commit_callbacks
):
    line = HelplineFactory(name="الخط الأخضر", number="1899", hours="24/24")
    client.force_login(editor)

    # 1. The editor asks for a French translation from the snippet's "Translate" action.
    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["core", "helpline", line.pk]),
        {"locales": [locale("fr").pk]},
    )
    assert response.status_code == 302
    french = line.get_translation(locale("fr"))
    assert not french.live  # a draft until the translation is done
    assert "Numéro vert" not in footer_of(client, "/fr/")

    # 2. She fills in the strings and publishes.
    source = TranslationSource.objects.get_for_instance(line)
    translation_ = Translation.objects.get(source=source, target_locale=locale("fr"))
    po = polib.pofile(str(translation_.export_po()))
    french_strings = {"الخط الأخضر": "Numéro vert", "24/24": "24 h/24"}
    for entry in po:
        entry.msgstr = french_strings.get(entry.msgid, entry.msgid)
    translation_.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):  # localize publishes on commit
        translation_.save_target(user=editor, publish=True)

    french.refresh_from_db()
    assert french.live and french.live_revision is not None
    client.logout()
    content = footer_of(client, "/fr/")
    assert "Numéro vert" in content and "24 h/24" in content and 'href="tel:1899"' in content
    assert "الخط الأخضر" not in content
    assert "Numéro vert" not in footer_of(client, "/ar/")


def test_a_helplines_number_is_copied_to_its_translation_not_translated(
    client, editor, django_capture_on_commit_callbacks
):
    line = HelplineFactory(name="الخط الأخضر", number="1899")
    client.force_login(editor)
    client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["core", "helpline", line.pk]),
        {"locales": [locale("fr").pk]},
    )
    source = TranslationSource.objects.get_for_instance(line)
    translation_ = Translation.objects.get(source=source, target_locale=locale("fr"))
    po = polib.pofile(str(translation_.export_po()))
    assert "الخط الأخضر" in [entry.msgid for entry in po]
    assert "1899" not in [entry.msgid for entry in po]  # no number to type
    for entry in po:
        entry.msgstr = "Numéro vert" if entry.msgid == "الخط الأخضر" else entry.msgid
    translation_.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation_.save_target(user=editor, publish=True)

    # The line changes its number: the synced translation dials the new one.
    line.number = "80100100"
    line.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(pk=translation_.pk).save_target(user=editor, publish=True)
    client.logout()
    assert 'href="tel:80100100"' in footer_of(client, "/fr/")


# --- the page cache -----------------------------------------------------------------------------


def test_a_helpline_draft_leaves_the_page_cached_and_its_publication_renews_it(
    client, homes, page_cache
):
    line = HelplineFactory(number="1899")
    assert 'href="tel:1899"' in cached(client, "/ar/")

    line.number = "80 100 200"
    revision = line.save_revision()  # "Save draft"
    response = client.get("/ar/")
    assert response["X-Page-Cache"] == "hit"
    assert 'href="tel:1899"' in response.content.decode()
    assert "80 100 200" not in response.content.decode()

    revision.publish()
    response = client.get("/ar/")
    assert response["X-Page-Cache"] == "miss"
    assert ">80 100 200<" in response.content.decode()
    assert 'href="tel:1899"' not in response.content.decode()


# --- existing databases and the demo ----------------------------------------------------------


def test_the_migration_publishes_the_helplines_and_municipality_already_there(homes):
    line, town = HelplineFactory(), MunicipalityFactory()
    Helpline.objects.filter(pk=line.pk).update(live=False)
    Municipality.objects.filter(pk=town.pk).update(live=False)
    migration = importlib.import_module("women_portal.core.migrations.0003_reviewed_snippets")
    migration.publish_existing_rows(apps, None)
    line.refresh_from_db()
    town.refresh_from_db()
    assert line.live and line.first_published_at and town.live and town.first_published_at
    assert Helpline._meta.get_field("live").default is True  # what AddField gave old rows


def test_the_demo_publishes_them_with_a_history(homes):
    demo.load()
    lines = Helpline.objects.all()
    assert lines.count() == 6
    towns = Municipality.objects.all()
    assert towns.count() == 3
    for snippet in [*lines, *towns]:
        assert snippet.live and not snippet.has_unpublished_changes, snippet
        assert snippet.live_revision_id == snippet.latest_revision_id is not None, snippet
        assert snippet.live_revision.object_id == str(snippet.pk), snippet
