"""Every public URL carries its language; the page says which language and direction it is in."""

import re

import pytest

from tests.factories import StandardPageFactory, publish_translation


def html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"),
        ("en-US,en;q=0.8", "/en/"),
        ("ar-TN,ar;q=0.9", "/ar/"),
        ("de-DE,de;q=0.9", "/ar/"),  # a language we do not have: Arabic
        ("", "/ar/"),
    ],
)
def test_root_redirects_by_accept_language(client, homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [("/ar/", "ar", "rtl"), ("/fr/", "fr", "ltr"), ("/en/", "en", "ltr")],
)
def test_home_page_declares_language_and_direction(client, homes, path, lang, direction):
    response = client.get(path)
    assert response.status_code == 200
    assert html_tag(response) == f'<html lang="{lang}" dir="{direction}">'


def test_each_language_serves_its_own_home_page(client, homes):
    assert "Portail des femmes" in client.get("/fr/").content.decode()
    assert "بوابة المرأة" in client.get("/ar/").content.decode()


@pytest.mark.parametrize(
    ("path", "lang", "direction"), [("/ar/nope/", "ar", "rtl"), ("/fr/nope/", "fr", "ltr")]
)
def test_not_found_page_is_in_the_readers_language(client, homes, path, lang, direction):
    response = client.get(path)
    assert response.status_code == 404
    assert html_tag(response) == f'<html lang="{lang}" dir="{direction}">'
    # Ways on from there: her language's home page and search, and a description.
    ways = response.content.decode().split('class="not-found__ways"')[1].split("</ul>")[0]
    assert f'href="/{lang}/"' in ways and f'href="/{lang}/search/"' in ways
    assert '<meta name="description" content="' in response.content.decode()


def language_link(response, code: str) -> str:
    match = re.search(
        rf'<a href="([^"]*)" lang="{code}" hreflang="{code}"', response.content.decode()
    )
    return match.group(1)


def test_switcher_goes_to_the_translated_page(client, homes):
    page = StandardPageFactory(parent=homes["ar"], slug="safety", title="كيف تتصفحين بأمان")
    publish_translation(page, "fr", title="Naviguer en sécurité")
    response = client.get("/ar/safety/")
    assert language_link(response, "fr") == "/fr/safety/"
    assert language_link(response, "ar") == "/ar/safety/"


def test_switcher_falls_back_to_the_languages_home_without_a_translation(client, homes):
    StandardPageFactory(parent=homes["ar"], slug="only-arabic")
    response = client.get("/ar/only-arabic/")
    assert language_link(response, "fr") == "/fr/"
    assert language_link(response, "en") == "/en/"


def test_switcher_on_an_app_view_keeps_the_view(client, homes):
    response = client.get("/fr/search/?q=femmes")
    assert language_link(response, "ar") == "/ar/search/"


def test_switcher_ignores_an_unpublished_translation(client, homes):
    page = StandardPageFactory(parent=homes["ar"], slug="draft-fr")
    translated = publish_translation(page, "fr")
    translated.unpublish()
    response = client.get("/ar/draft-fr/")
    assert language_link(response, "fr") == "/fr/"


def test_dates_with_times_are_written_as_the_site_writes_dates_in_arabic():
    import datetime

    from django.utils import formats, translation

    moment = datetime.datetime(2026, 12, 4, 13, 32)
    with translation.override("ar"):
        assert formats.date_format(moment, "DATETIME_FORMAT") == "4 ديسمبر، 2026، 13:32"
