"""The admin, as the editor uses it in Chromium, asks no other host for anything: not
gravatar.com for her picture (it would receive a hash of her e-mail address on every page),
not a font or script server."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page

from tests.browser.conftest import DESKTOP

PASSWORD = "mot-de-passe-de-la-redactrice-2026"


@pytest.fixture
def editor(demo_site):
    user = get_user_model().objects.create_user("editor-privacy", "editrice@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    yield user
    user.delete()


def test_the_admin_sends_nothing_to_other_hosts(open_page, demo_site, editor):
    page = open_page("/admin/login/", viewport=DESKTOP)
    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")
    assert "/admin/login/" not in page.url
    home = Page.objects.get(depth=2, locale__language_code="ar")
    for path in ("/admin/", "/admin/pages/", f"/admin/pages/{home.pk}/edit/", "/admin/account/"):
        page.goto(demo_site.url + path)
        page.wait_for_load_state("networkidle")
    assert page.outside_requests == []
