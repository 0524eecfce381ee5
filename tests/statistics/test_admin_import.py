"""The editor imports a CSV from the Wagtail admin: check, preview, confirm."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.statistics.factories import IndicatorFactory
from tests.statistics.test_import import GOOD
from women_portal.statistics.models import Observation

URL = "/admin/statistics/import/"


@pytest.fixture
def editor(client, db):
    IndicatorFactory(code="unemployment")
    client.force_login(get_user_model().objects.create_superuser("editor", "e@example.org", "pw"))
    return client


def upload(client, text: str | bytes, name="figures.csv"):
    data = text.encode() if isinstance(text, str) else text
    return client.post(
        URL, {"file": SimpleUploadedFile(name, data, "text/csv")}, HTTP_ACCEPT_LANGUAGE="fr"
    )


def test_preview_then_confirm_imports_the_file(editor):
    preview = upload(editor, GOOD)
    content = preview.content.decode()
    assert "4 nouveaux chiffres, 0 modifiés, 0 déjà à jour." in content
    assert Observation.objects.count() == 0  # nothing written before the editor confirms
    confirm = editor.post(URL, {"confirm": "1", "content": GOOD}, HTTP_ACCEPT_LANGUAGE="fr")
    assert confirm.status_code == 302
    assert Observation.objects.count() == 4
    again = editor.post(URL, {"confirm": "1", "content": GOOD})  # a double submit
    assert again.status_code == 302 and Observation.objects.count() == 4


def test_a_bad_file_shows_every_problem_and_writes_nothing(editor):
    response = upload(
        editor, GOOD.replace("21.5", "abc").replace("2023,municipality,men", "2023,mars,men")
    )
    content = response.content.decode()
    assert "Rien n'a été importé" in content
    assert "Ligne 2, colonne « value » : « abc » n&#x27;est pas un nombre." in content
    assert "Ligne 3, colonne « geography »" in content
    assert Observation.objects.count() == 0


def test_a_binary_file_gets_a_clear_message(editor):
    response = upload(editor, b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff", name="virus.csv")
    assert "n&#x27;est pas en UTF-8" in response.content.decode()


def test_only_people_allowed_to_add_figures_can_import(client, db):
    member = get_user_model().objects.create_user("member", "m@example.org", "pw")
    client.force_login(member)
    assert client.get(URL).status_code in (302, 403)
    client.logout()
    assert client.get(URL).status_code == 302  # to the login page
