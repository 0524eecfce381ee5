"""Members: sign up with a pseudonym, confirm the e-mail, sign in; robots and password
guessing are stopped; a member can take her data and leave."""

import html
import json
import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.core.files.uploadedfile import SimpleUploadedFile

from women_portal.accounts.forms import STARTED_SALT
from women_portal.accounts.models import Profile

User = get_user_model()
PASSWORD = "un-mot-de-passe-solide-2026"


def signup_data(**fields) -> dict:
    return {
        "pseudonym": "ياسمينة",
        "email": "yasmina@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "website": "",
        # The form was shown a minute ago.
        "started": signing.dumps(time.time() - 60, salt=STARTED_SALT),
        **fields,
    }


def sign_up(client, language="ar", **fields):
    return client.post(f"/{language}/accounts/signup/", signup_data(**fields))


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+/accounts/confirm-email/\S+/)", message.body).group(1)


@pytest.fixture
def member(db):
    user = User.objects.create_user("member-x", "salma@example.org", PASSWORD)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    Profile.objects.create(user=user, pseudonym="سلمى")
    return user


def test_sign_up_confirm_and_sign_in(client, homes):
    response = sign_up(client)
    assert response.status_code == 302
    user = User.objects.get(email="yasmina@example.org")
    assert user.profile.pseudonym == "ياسمينة"
    assert "yasmina" not in user.username  # nothing of the address in the hidden username
    assert not user.emailaddress_set.get().verified

    [message] = mail.outbox
    assert message.to == ["yasmina@example.org"]
    link = confirmation_link(message)
    assert client.get(link).status_code == 200  # a page with a button: opening is not confirming
    assert not user.emailaddress_set.get().verified
    client.post(link)
    assert user.emailaddress_set.get().verified

    client.logout()
    response = client.post(
        "/ar/accounts/login/", {"login": "yasmina@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "ياسمينة" in client.get("/ar/accounts/profile/").content.decode()


def test_the_sign_in_message_names_her_pseudonym_not_the_internal_username(client, member, homes):
    response = client.post(
        "/ar/accounts/login/", {"login": "salma@example.org", "password": PASSWORD}, follow=True
    )
    said = " ".join(str(message) for message in response.context["messages"])
    assert "سلمى" in said
    assert member.username not in response.content.decode()


def test_unconfirmed_address_cannot_sign_in(client, homes):
    sign_up(client)
    client.logout()
    client.post("/ar/accounts/login/", {"login": "yasmina@example.org", "password": PASSWORD})
    assert client.get("/ar/accounts/profile/").status_code == 302


@pytest.mark.parametrize(
    ("pseudonym", "accepted"),
    [
        ("ياسمينة", True),
        ("Yasmina K.", True),
        ("ab", False),
        ("12345", False),
        ("<script>", False),
        ("a@b.org", False),
        ("x" * 41, False),
    ],
)
def test_pseudonyms(client, homes, pseudonym, accepted):
    sign_up(client, pseudonym=pseudonym)
    assert Profile.objects.filter(pseudonym=pseudonym).exists() == accepted


def test_a_pseudonym_is_one_member_whatever_its_case(client, member, homes):
    Profile.objects.filter(user=member).update(pseudonym="Salma")
    response = sign_up(client, "fr", pseudonym="SALMA")
    assert "Ce pseudonyme est déjà utilisé" in response.content.decode()
    assert not User.objects.filter(email="yasmina@example.org").exists()


def test_robots_filling_the_hidden_field_are_refused(client, homes):
    response = sign_up(client, "fr", website="http://spam.example")
    assert response.status_code == 200
    assert "ne peut pas être acceptée" in response.content.decode()
    assert not User.objects.filter(email="yasmina@example.org").exists()


@pytest.mark.parametrize("started", ["now", "forged", ""])
def test_sign_ups_sent_too_fast_or_without_the_form_are_refused(client, homes, started):
    value = {
        "now": signing.dumps(time.time(), salt=STARTED_SALT),
        "forged": signing.dumps(time.time() - 60, salt="another"),
        "": "",
    }[started]
    response = sign_up(client, started=value)
    assert response.status_code == 200
    assert not User.objects.filter(email="yasmina@example.org").exists()


def test_password_guessing_is_stopped_after_five_failures(client, member, homes):
    for _attempt in range(5):
        client.post("/fr/accounts/login/", {"login": member.email, "password": "wrong"})
    response = client.post("/fr/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_reset_does_not_tell_whether_an_address_has_an_account(client, member, homes):
    known = client.post("/fr/accounts/password/reset/", {"email": member.email})
    unknown = client.post("/fr/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_profile_never_shows_the_address_to_others_and_can_be_edited(client, member, homes):
    client.force_login(member)
    response = client.post(
        "/fr/accounts/profile/", {"pseudonym": "Salma du Kef", "bio": "<b>Bonjour</b>"}
    )
    assert response.status_code == 302
    member.profile.refresh_from_db()
    assert member.profile.pseudonym == "Salma du Kef"
    page = client.get("/fr/accounts/profile/").content.decode()
    assert "&lt;b&gt;Bonjour&lt;/b&gt;" in page  # stored as typed, shown as text


def test_avatar_is_re_encoded_without_its_metadata(client, member, homes):
    import io

    from PIL import Image

    picture = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Secret camera"  # Make
    Image.new("RGB", (1200, 900), "purple").save(picture, "JPEG", exif=exif)
    picture.seek(0)
    picture.name = "me.jpg"
    client.force_login(member)
    client.post("/fr/accounts/profile/", {"pseudonym": "سلمى", "bio": "", "avatar": picture})
    member.profile.refresh_from_db()
    with Image.open(member.profile.avatar.path) as stored:
        assert stored.format == "WEBP" and max(stored.size) == 256
        assert not stored.getexif()


def test_not_a_picture_is_refused(client, member, homes):
    client.force_login(member)
    fake = SimpleUploadedFile("me.jpg", b"MZ\x90\x00 not a picture")
    response = client.post("/fr/accounts/profile/", {"pseudonym": "سلمى", "avatar": fake})
    assert "pas une image" in html.unescape(response.content.decode())


def test_export_contains_the_members_own_data(client, member, homes):
    client.force_login(member)
    assert client.get("/ar/accounts/profile/export/").status_code == 405  # POST only
    response = client.post("/ar/accounts/profile/export/")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == "salma@example.org"
    assert data["profile"]["pseudonym"] == "سلمى"


def test_deleting_the_account_forgets_her_and_keeps_a_former_member(client, member, homes):
    client.force_login(member)
    wrong = client.post("/fr/accounts/profile/delete/", {"password": "wrong"})
    assert "Ce n'est pas votre mot de passe" in html.unescape(wrong.content.decode())
    client.post("/fr/accounts/profile/delete/", {"password": PASSWORD})
    member.refresh_from_db()
    assert member.email == "" and not member.is_active and not member.has_usable_password()
    assert not member.emailaddress_set.exists()
    assert member.profile.display_name in ("عضوة سابقة", "former member", "ancienne membre")
    assert member.profile.is_former and member.profile.pseudonym != "سلمى"
    assert "_auth_user_id" not in client.session
    login = client.post("/fr/accounts/login/", {"login": "salma@example.org", "password": PASSWORD})
    assert login.status_code == 200  # the form again: no such account any more


def test_account_pages_are_never_served_from_the_page_cache(client, homes, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/fr/accounts/login/")
    second = client.get("/fr/accounts/login/")
    assert second.get("X-Page-Cache") != "hit"  # it holds this reader's CSRF token


def test_admin_login_is_throttled_too(client, db, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    for _attempt in range(5):
        client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429


def test_old_ip_addresses_are_purged_recent_ones_kept(db):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.core.management import call_command
    from django.utils import timezone

    for days, address in ((45, "10.0.0.1"), (2, "10.0.0.2")):
        attempt = AccessAttempt.objects.create(
            ip_address=address, username="x", user_agent="", failures_since_start=1
        )
        AccessAttempt.objects.filter(pk=attempt.pk).update(
            attempt_time=timezone.now() - timedelta(days=days)
        )
    call_command("purge_ip_addresses", stdout=open("/dev/null", "w"))
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["10.0.0.2"]


def test_successful_logins_leave_no_address(client, member, homes):
    from axes.models import AccessLog

    client.post("/fr/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert "_auth_user_id" in client.session
    assert not AccessLog.objects.exists()


def test_from_login_through_sign_up_and_confirmation_she_arrives_where_she_was_going(client, homes):
    login = client.get("/ar/accounts/login/?next=/ar/forum/").content.decode()
    assert "/ar/accounts/signup/?next=%2Far%2Fforum%2F" in login
    signup = client.get("/ar/accounts/signup/?next=/ar/forum/").content.decode()
    assert 'name="next" value="/ar/forum/"' in signup
    response = client.post("/ar/accounts/signup/", {**signup_data(), "next": "/ar/forum/"})
    assert response.status_code == 302
    sent = html.unescape(client.get(response["Location"]).content.decode())
    assert "افتحي الرابط" in sent  # allauth's Arabic, addressed to her and without its typos
    assert "لم ترى" not in sent and "غضو " not in sent and "اتبع" not in sent
    [message] = mail.outbox
    assert "ياسمينة" in message.body and "افتحي" in message.body  # by her pseudonym
    assert "اذهب" not in message.body
    assert "member-" not in message.body and ":8000" not in message.body
    assert "webmaster@" not in message.from_email
    response = client.post(confirmation_link(message))
    assert response.status_code == 302 and response["Location"] == "/ar/forum/"
    welcome = client.get("/ar/forum/")
    said = " ".join(str(m) for m in welcome.context["messages"])
    assert "ياسمينة" in said and "member-" not in said
