"""The untranslated-message finder (tests/core/untranslated.py) finds what it should; the
crawl of every page type runs after the demo loads (tests/core/test_demo_content.py)."""

from tests.core.untranslated import untranslated


def test_english_messages_are_found_on_a_page_said_to_be_arabic_or_french(client, homes):
    english = client.get("/en/accounts/signup/", {"next": "/"}).content.decode()
    assert "Create an account" in untranslated(english, "ar")
    assert "Create an account" in untranslated(english, "fr")
    for language in ("ar", "fr"):
        own = client.get(f"/{language}/accounts/signup/").content.decode()
        assert untranslated(own, language) == []


def test_a_validators_message_left_in_english_is_found(client, homes):
    page = "<p>Ce mot de passe est trop court.</p><p>This password is too common.</p>"
    assert untranslated(page, "fr") == ["This password is too common"]
    assert untranslated("<p>Total</p><p>Ce champ est obligatoire.</p>", "fr") == []
