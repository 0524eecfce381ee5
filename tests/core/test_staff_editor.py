"""The staff editor does what the editor's guide tells her, through the admin, with her own
account (the Moderators group), not a superuser's: the helplines, the portal settings, the
indicators (women_portal/core/editors.py). The associations' accounts, which she manages too
but no other account: tests/library/test_editor_manages_contributors.py."""

import pytest

from tests.forum.test_forum import member
from women_portal.core.models import Helpline


@pytest.fixture
def editor(homes):
    return member("staff-editor", "المحررة", "Moderators")


def test_she_keeps_the_helplines_and_the_portal_settings(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/core/helpline/add/",
        {
            "name": "خط الإصغاء",
            "number": "80 100 255",
            "hours": "",
            "description": "",
            "sort_order": 1,
        },
    )
    assert response.status_code == 302
    assert Helpline.objects.filter(number="80 100 255").exists()
    settings_page = client.get("/admin/settings/core/portalsettings/", follow=True)
    assert settings_page.status_code == 200
