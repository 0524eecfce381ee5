"""The admin as the editor uses it in Chromium: it asks no other host for anything (not
gravatar.com for her picture, which would receive a hash of her e-mail address on every
page); a new page's address is made in Latin letters from its Arabic title."""

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


def signed_in_admin(open_page, editor):
    page = open_page("/admin/login/", viewport=DESKTOP)
    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")
    assert "/admin/login/" not in page.url
    return page


def test_the_admin_sends_nothing_to_other_hosts(open_page, demo_site, editor):
    page = signed_in_admin(open_page, editor)
    home = Page.objects.get(depth=2, locale__language_code="ar")
    for path in ("/admin/", "/admin/pages/", f"/admin/pages/{home.pk}/edit/", "/admin/account/"):
        page.goto(demo_site.url + path)
        page.wait_for_load_state("networkidle")
    assert page.outside_requests == []


def test_an_arabic_title_gives_a_latin_address(open_page, demo_site, editor):
    page = signed_in_admin(open_page, editor)
    home = Page.objects.get(depth=2, locale__language_code="ar")
    page.goto(f"{demo_site.url}/admin/pages/add/home/standardpage/{home.pk}/")
    page.fill("#id_title", "حقوق المرأة في العمل")
    page.locator("#id_title").blur()
    page.wait_for_timeout(500)
    slug = page.input_value("#id_slug")
    assert slug and slug.isascii() and "-" in slug, slug  # on the Promote tab, hers to change
