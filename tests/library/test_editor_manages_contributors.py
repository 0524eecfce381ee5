"""The staff editor manages the associations' accounts herself (issue #27,
docs/editor-guide.md), through the admin, with her own account (the Moderators group, not a
superuser): accounts in the Contributors group and no other. She cannot see or change any
other account, put an account in another group or make an administrator, however the
request is made (women_portal/core/users.py). Here, where the contributors' fixtures are."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from library.review import CONTRIBUTORS
from tests.forum.test_forum import member
from tests.library.conftest import make_user
from women_portal.kiosk.staff import KIOSK_STAFF

User = get_user_model()
PASSWORD = "jasmin-du-Kef-2025"


@pytest.fixture
def staff_editor(client, editor):
    client.force_login(editor)
    return editor


@pytest.fixture
def others(db):
    """Accounts that are not hers to manage, by name."""
    superuser = User.objects.create_superuser("chief-admin", "chief@example.org", PASSWORD)
    both = make_user("contributor-moderator", CONTRIBUTORS, "Moderators")
    return {
        "superuser": superuser,
        "moderator": make_user("other-moderator", "Moderators"),
        "wagtail-editor": make_user("page-editor", "Editors"),
        "kiosk-staff": make_user("citizen-space", KIOSK_STAFF),
        "forum-member": member("forum-member", "ياسمين"),
        "contributor-and-moderator": both,
    }


def not_found(response) -> bool:
    """404, or LocaleMiddleware's redirect of an admin 404 to /<lang>/admin/…"""
    if response.status_code == 302:
        return response["Location"].startswith(("/ar/admin/", "/fr/admin/", "/en/admin/"))
    return response.status_code == 404


def group_names(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


def new_account(**extra) -> dict:
    return {
        "username": "leila",
        "email": "leila@association.example",
        "first_name": "ليلى",
        "last_name": "الكافي",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "groups": [Group.objects.get(name=CONTRIBUTORS).pk],
        **extra,
    }


def test_she_creates_a_contributor_account_that_works(client, staff_editor, library):
    form = client.get("/admin/users/new/")
    assert form.status_code == 200
    assert 'name="is_superuser"' not in form.text
    assert form.text.count('name="groups"') == 1  # Contributors, and no other group
    roles = form.text.split('id="tab-roles"')[1].split("</section>")[0]
    assert roles.count("data-field-wrapper") == 1  # no empty place for "Administrator"

    response = client.post("/admin/users/new/", new_account())
    assert response.status_code == 302
    leila = User.objects.get(username="leila")
    assert group_names(leila) == {CONTRIBUTORS} and not leila.is_superuser

    her_client = Client()  # she signs in to the admin with the password she was given
    login = her_client.post("/admin/login/", {"username": "leila", "password": PASSWORD})
    assert login.status_code == 302 and "/admin/login/" not in login["Location"]
    assert her_client.get("/admin/").status_code == 200
    # She adds library items; the users, the helplines, the pages outside the library: not.
    add_item = f"/admin/pages/add/library/libraryitempage/{library.pk}/"
    assert her_client.get(add_item).status_code == 200
    for path in ("/admin/users/", "/admin/snippets/core/helpline/", "/admin/groups/"):
        assert her_client.get(path).status_code in (302, 403), path


def test_she_edits_a_contributor_account(client, staff_editor, contributor):
    response = client.post(
        f"/admin/users/edit/{contributor.pk}/",
        {
            "username": contributor.username,
            "email": "amina@nisaa.example",
            "first_name": "آمنة",
            "last_name": "بن علي",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "is_active": "on",
            "groups": [Group.objects.get(name=CONTRIBUTORS).pk],
        },
    )
    assert response.status_code == 302
    contributor.refresh_from_db()
    assert contributor.email == "amina@nisaa.example" and contributor.check_password(PASSWORD)
    assert group_names(contributor) == {CONTRIBUTORS}


def test_her_list_shows_the_contributors_only(client, staff_editor, contributor, others):
    listing = client.get("/admin/users/")
    assert listing.status_code == 200
    assert f"/admin/users/edit/{contributor.pk}/" in listing.text
    assert contributor.username in listing.text
    for user in (*others.values(), staff_editor):
        assert f"/admin/users/edit/{user.pk}/" not in listing.text, user.username
    for user in others.values():  # nor does a search find them
        found = client.get("/admin/users/results/", {"q": user.username})
        assert found.status_code == 200
        assert f"/admin/users/edit/{user.pk}/" not in found.text, user.username


@pytest.mark.parametrize(
    "who",
    [
        "superuser",
        "moderator",
        "wagtail-editor",
        "kiosk-staff",
        "forum-member",
        "contributor-and-moderator",
    ],
)
def test_any_other_account_does_not_exist_for_her(client, staff_editor, contributor, others, who):
    user = others[who]
    for view in ("edit", "delete", "history", "usage", "copy"):
        response = client.get(f"/admin/users/{view}/{user.pk}/")
        assert not_found(response), (view, response.status_code)
    crafted = {
        "username": "taken-over",
        "email": "editor@example.org",
        "first_name": "x",
        "last_name": "y",
        "password1": "a-new-password-2025",
        "password2": "a-new-password-2025",
        "is_active": "on",
        "groups": [Group.objects.get(name=CONTRIBUTORS).pk],
    }
    for view in ("edit", "delete", "copy"):
        assert not_found(client.post(f"/admin/users/{view}/{user.pk}/", crafted)), view
    user.refresh_from_db()
    assert user.username != "taken-over" and user.check_password(
        "pw" if who not in ("superuser",) else PASSWORD
    )
    assert not User.objects.filter(username="taken-over").exists()


def test_she_cannot_change_a_superusers_password(client, staff_editor, others):
    superuser = others["superuser"]
    response = client.post(
        f"/admin/users/edit/{superuser.pk}/",
        {
            "username": "chief-admin",
            "email": "chief@example.org",
            "first_name": "r",
            "last_name": "r",
            "password1": "hers-now-2025",
            "password2": "hers-now-2025",
            "is_active": "on",
            "is_superuser": "on",
        },
    )
    assert not_found(response)
    superuser.refresh_from_db()
    assert superuser.check_password(PASSWORD) and not superuser.check_password("hers-now-2025")


def test_a_crafted_post_makes_no_administrator_and_no_staff(client, staff_editor, contributor):
    high = [Group.objects.get(name=name).pk for name in ("Editors", "Moderators", KIOSK_STAFF)]
    contributors = Group.objects.get(name=CONTRIBUTORS).pk
    client.post(
        "/admin/users/new/",
        new_account(is_superuser="on", groups=[contributors, *high]),
    )
    client.post("/admin/users/new/", new_account(username="nadia", is_superuser="on"))
    client.post(
        f"/admin/users/edit/{contributor.pk}/",
        {
            "username": contributor.username,
            "email": contributor.email,
            "first_name": "a",
            "last_name": "b",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [contributors, *high],
        },
    )
    assert not User.objects.filter(is_superuser=True).exists()
    assert not User.objects.filter(groups__pk__in=high).exclude(pk=staff_editor.pk).exists()
    contributor.refresh_from_db()
    assert group_names(contributor) == {CONTRIBUTORS}


def test_she_cannot_put_herself_in_another_group(client, staff_editor):
    editors = Group.objects.get(name="Editors").pk
    response = client.post(
        f"/admin/users/edit/{staff_editor.pk}/",
        {
            "username": staff_editor.username,
            "email": staff_editor.email,
            "first_name": "a",
            "last_name": "b",
            "groups": [editors, Group.objects.get(name="Moderators").pk],
            "is_superuser": "on",
        },
    )
    assert not_found(response)
    staff_editor.refresh_from_db()
    assert group_names(staff_editor) == {"Moderators"} and not staff_editor.is_superuser


def test_the_bulk_actions_reach_her_contributors_only(client, staff_editor, contributor, others):
    superuser, editors = others["superuser"], Group.objects.get(name="Editors")
    # "Assign role": no group but Contributors, even for a contributor, even for herself.
    for ids in (f"id={contributor.pk}", f"id={staff_editor.pk}", f"id={superuser.pk}"):
        client.post(f"/admin/bulk/auth/user/assign_role/?{ids}", {"role": editors.pk})
    assert not editors.user_set.filter(pk__in=(contributor.pk, staff_editor.pk, superuser.pk))
    # "Set active state": the superuser is not found, stays active.
    response = client.post(
        f"/admin/bulk/auth/user/set_active_state/?id={superuser.pk}", {"mark_as_active": "False"}
    )
    assert not_found(response)
    superuser.refresh_from_db()
    assert superuser.is_active
    page = client.get(f"/admin/bulk/auth/user/set_active_state/?id={superuser.pk}")
    assert not_found(page) and superuser.email not in page.text
    # Her own contributors: she may deactivate one.
    client.post(
        f"/admin/bulk/auth/user/set_active_state/?id={contributor.pk}", {"mark_as_active": "False"}
    )
    contributor.refresh_from_db()
    assert not contributor.is_active


def test_she_cannot_delete_an_account_only_deactivate_it(client, staff_editor, contributor):
    assert client.post(f"/admin/users/delete/{contributor.pk}/").status_code in (302, 403)
    assert User.objects.filter(pk=contributor.pk).exists()


def test_wagtails_editors_group_gets_no_user_admin(client, db):
    client.force_login(make_user("page-editor", "Editors"))
    response = client.get("/admin/users/")
    assert response.status_code == 302 and "/admin/" in response["Location"]  # refused


def test_a_superuser_keeps_the_whole_user_admin(client, others):
    client.force_login(others["superuser"])
    form = client.get("/admin/users/new/")
    assert 'name="is_superuser"' in form.text
    assert form.text.count('name="groups"') == Group.objects.count()
    listing = client.get("/admin/users/")
    for user in others.values():
        assert user.username in listing.text
    moderator = others["moderator"]
    response = client.post(
        f"/admin/users/edit/{moderator.pk}/",
        {
            "username": moderator.username,
            "email": moderator.email,
            "first_name": "m",
            "last_name": "m",
            "is_active": "on",
            "groups": [Group.objects.get(name="Editors").pk],
        },
    )
    assert response.status_code == 302
    assert group_names(moderator) == {"Editors"}
