"""A sign-in hashes the password once (issue #27: the admin's login took twice the hasher's
time). The hasher is the login's cost by design (PBKDF2, a large part of a second in
production); allauth's backend, asked first about an admin's username, found no account by
that e-mail and hashed the password once more against timing attacks before Django's
ModelBackend checked it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher

PASSWORD = "un-mot-de-passe-solide-2026"


class CountingHasher(MD5PasswordHasher):
    """The test settings' hasher, counting how often it hashes."""

    hashed = 0

    def encode(self, password, salt):
        CountingHasher.hashed += 1
        return super().encode(password, salt)


@pytest.fixture
def counted(settings):
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    CountingHasher.hashed = 0
    return CountingHasher


@pytest.fixture
def account(db, counted):
    user = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    counted.hashed = 0
    return user


def test_the_admin_login_hashes_the_password_once(client, account, counted):
    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 302
    assert counted.hashed == 1


def test_the_members_sign_in_hashes_the_password_once(client, account, counted, homes):
    response = client.post(
        "/ar/accounts/login/", {"login": "editor@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert counted.hashed == 1
