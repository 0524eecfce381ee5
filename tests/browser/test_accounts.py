"""A woman creates an account on her phone, confirms her address and signs in."""

import re
import time

import pytest
from django.core import mail

from tests.browser.conftest import screenshot

TEXT = {
    "ar": {"create": "أنشئي حسابي", "email": "البريد الإلكتروني", "sign_in": "تسجيل الدخول"},
    "fr": {"create": "Créer mon compte", "email": "E-mail", "sign_in": "Connexion"},
}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_sign_up_confirm_and_sign_in_on_a_phone(open_page, demo_site, language, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    address = f"browser-{language}@example.org"
    page = open_page(f"/{language}/accounts/signup/")
    page.fill("#id_pseudonym", f"Nour {language}")
    page.fill("#id_email", address)
    page.fill("#id_password1", "un-mot-de-passe-solide-2026")
    page.fill("#id_password2", "un-mot-de-passe-solide-2026")
    time.sleep(3)  # a person takes a few seconds; a robot does not
    page.get_by_role("button", name=TEXT[language]["create"]).click()
    page.wait_for_load_state()
    screenshot(page, f"{language}-account-verification-sent-phone")
    [message] = [m for m in mail.outbox if address in m.to]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    page.goto(link)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{demo_site.url}/{language}/accounts/profile/")
    assert f"Nour {language}" in page.content()
    assert address not in page.locator("header").inner_text()
    screenshot(page, f"{language}-account-profile-phone")


ERRORS = {
    "ar": {"title": "خطأ:", "short": "قصيرة جدا", "fast": "بسرعة كبيرة"},
    "fr": {"title": "Erreur :", "short": "trop court", "fast": "très vite"},
}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_sign_up_errors_are_summed_up_in_her_language_and_take_focus(
    open_page, demo_site, language
):
    page = open_page(f"/{language}/accounts/signup/")
    described = page.locator("#id_password1").get_attribute("aria-describedby")
    assert page.locator(f"#{described}").inner_text().strip()  # the rules, announced
    page.fill("#id_pseudonym", f"Amel {language}")
    page.fill("#id_email", f"amel-{language}@example.org")
    page.fill("#id_password1", "abc")
    page.fill("#id_password2", "abc")
    time.sleep(3)
    page.get_by_role("button", name=TEXT[language]["create"]).click()
    page.wait_for_load_state()
    screenshot(page, f"{language}-sign-up-errors-phone")
    assert page.title().startswith(ERRORS[language]["title"])
    summary = page.locator(".error-summary")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert ERRORS[language]["short"] in summary.inner_text()
    assert "short" not in summary.inner_text()  # Django's own message came in English
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "id_password1"


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_sign_up_sent_too_fast_says_so_and_keeps_what_she_typed(open_page, demo_site, language):
    page = open_page(f"/{language}/accounts/signup/")
    page.fill("#id_pseudonym", f"Rym {language}")
    page.fill("#id_email", f"rym-{language}@example.org")
    page.fill("#id_password1", "un-mot-de-passe-solide-2026")
    page.fill("#id_password2", "un-mot-de-passe-solide-2026")
    page.get_by_role("button", name=TEXT[language]["create"]).click()  # autofill speed
    page.wait_for_load_state()
    assert ERRORS[language]["fast"] in page.locator(".error-summary").inner_text()
    assert page.input_value("#id_pseudonym") == f"Rym {language}"
    assert page.input_value("#id_email") == f"rym-{language}@example.org"
