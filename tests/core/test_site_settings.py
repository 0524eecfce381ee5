"""What the editor sets in the admin shows on every page, in the reader's language."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from tests.factories import HelplineFactory, MunicipalityFactory, locale
from women_portal.core.models import PortalSettings


@pytest.fixture
def portal_settings(homes):
    return PortalSettings.for_site(Site.objects.get(is_default_site=True))


def test_footer_lists_the_helplines_in_the_readers_language(client, homes):
    line = HelplineFactory(name="الخط الأخضر", number="1899")
    french = line.copy_for_translation(locale("fr"))
    french.name = "Numéro vert"
    french.save()

    arabic_page = client.get("/ar/").content.decode()
    assert 'href="tel:1899"' in arabic_page
    assert "الخط الأخضر" in arabic_page and "Numéro vert" not in arabic_page
    french_page = client.get("/fr/").content.decode()
    assert "Numéro vert" in french_page and "الخط الأخضر" not in french_page


def test_a_language_without_translated_helplines_shows_the_default_ones(client, homes):
    HelplineFactory(name="الخط الأخضر", number="1899")
    assert "الخط الأخضر" in client.get("/en/").content.decode()


def test_changing_a_helpline_changes_the_page(client, homes):
    line = HelplineFactory(number="1899")
    line.number = "80 100 200"
    line.save()
    content = client.get("/ar/").content.decode()
    assert 'href="tel:80100200"' in content and ">80 100 200<" in content


def test_helplines_keep_the_editors_order(client, homes):
    HelplineFactory(name="second", number="1809", sort_order=2)
    HelplineFactory(name="first", number="1899", sort_order=1)
    content = client.get("/ar/").content.decode()
    assert content.index("first") < content.index("second")


def test_social_links_appear_only_when_set(client, portal_settings):
    assert "social" not in client.get("/ar/").content.decode()
    portal_settings.youtube_url = "https://www.youtube.com/@elkef"
    portal_settings.save()
    content = client.get("/ar/").content.decode()
    assert 'href="https://www.youtube.com/@elkef"' in content


def test_quick_exit_goes_where_the_settings_say(client, portal_settings):
    portal_settings.quick_exit_url = "https://weather.example/"
    portal_settings.save()
    content = client.get("/fr/").content.decode()
    assert 'class="quick-exit" href="https://weather.example/" rel="noreferrer"' in content


def test_municipality_name_is_in_the_header_in_each_language(client, homes):
    town = MunicipalityFactory(name="بلدية الكاف")
    french = town.copy_for_translation(locale("fr"))
    french.name = "Commune du Kef"
    french.save()
    assert "Commune du Kef" in client.get("/fr/").content.decode()
    assert "<title>بوابة المرأة — بلدية الكاف</title>" in client.get("/ar/").content.decode()


def test_quick_exit_and_skip_link_are_on_every_page(client, homes):
    for path in ["/ar/", "/fr/", "/ar/search/?q=x", "/fr/missing/"]:
        content = client.get(path).content.decode()
        assert "data-quick-exit" in content, path
        assert 'class="skip-link" href="#main"' in content, path


def test_admin_speaks_arabic_by_default(client, homes):
    response = client.get("/admin/login/")
    content = response.content.decode()
    assert 'lang="ar"' in content and 'dir="rtl"' in content
    assert "تسجيل الدخول" in content


def test_admin_settings_page_for_the_editor(client, homes):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    response = client.get("/admin/settings/core/portalsettings/")
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        response = client.get(response["Location"])
    assert response.status_code == 200
    assert "quick_exit_url" in response.content.decode()


def test_the_first_helpline_is_one_tap_away_on_every_page(client, homes):
    from tests.factories import HelplineFactory

    HelplineFactory(number="1899", name="الخط الأخضر")
    for path in ("/ar/", "/ar/search/?q=x", "/ar/accounts/login/", "/ar/forum/", "/ar/nope/"):
        page = client.get(path).content.decode()
        bar = page[page.index('class="safety-bar"') :][:1500]
        assert 'class="safety-bar__call" href="tel:1899"' in bar, path
