"""Property-based tests of the forms people fill in: sign-up, login, a forum post, a report,
the kiosk enrolment. Whatever is typed, the answer is a page (a redirect, the form with its
errors, a 429), never a server error, and what was typed never comes back as a live script."""

import pytest
from django.contrib.auth.models import Group
from hypothesis import HealthCheck, given, settings
from machina.apps.forum.models import Forum

from tests.forum.test_forum import member
from tests.fuzz.test_public_inputs import SCRIPT, text_with_tricks
from women_portal.kiosk.staff import KIOSK_STAFF

FORMS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def clean(value: str) -> str:
    return value.replace("\x00", "")  # a NUL byte cannot be sent in a form


def assert_answered(response, *statuses):
    assert response.status_code in statuses
    if response.get("Content-Type", "").startswith("text/html"):
        assert SCRIPT not in response.content.decode()


@FORMS
@given(pseudonym=text_with_tricks, email=text_with_tricks, password=text_with_tricks)
def test_sign_up(client, homes, pseudonym, email, password):
    response = client.post(
        "/ar/accounts/signup/",
        {
            "pseudonym": clean(pseudonym),
            "email": clean(email),
            "password1": clean(password),
            "password2": clean(password),
            "website": "",
            "started": "",
        },
    )
    assert_answered(response, 200, 302, 429)


@FORMS
@given(login=text_with_tricks, password=text_with_tricks)
def test_login(client, homes, login, password):
    response = client.post(
        "/fr/accounts/login/", {"login": clean(login), "password": clean(password)}
    )
    assert_answered(response, 200, 302, 429)


@pytest.fixture
def writer(homes):
    return member("fuzz-writer", "كاتبة", "Moderators")  # her posts appear at once


@FORMS
@given(subject=text_with_tricks, content=text_with_tricks)
def test_forum_topic(client, writer, subject, content):
    client.force_login(writer)
    forum = Forum.objects.get(name="Questions and help")
    response = client.post(
        f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/create/",
        {"subject": clean(subject), "content": clean(content), "topic_type": 0},
        follow=True,
    )
    assert_answered(response, 200)


@pytest.fixture
def reader(homes):
    return member("fuzz-reader", "قارئة")


@FORMS
@given(reason=text_with_tricks, details=text_with_tricks)
def test_report(client, post, reader, reason, details):
    client.force_login(reader)
    response = client.post(
        f"/ar/forum/report/{post.pk}/", {"reason": clean(reason), "details": clean(details)}
    )
    assert_answered(response, 200, 302)


@pytest.fixture
def kiosk_staff(homes):
    staff = member("fuzz-staff", "موظفة")
    staff.groups.add(Group.objects.get(name=KIOSK_STAFF))
    return staff


@FORMS
@given(name=text_with_tricks, location=text_with_tricks)
def test_kiosk_enrolment(client, kiosk_staff, name, location):
    client.force_login(kiosk_staff)
    response = client.post(
        "/admin/kiosk_devices/new/", {"name": clean(name), "location": clean(location)}
    )
    assert_answered(response, 200, 302)
    assert_answered(client.get("/admin/kiosk_devices/"), 200)


@FORMS
@given(pseudonym=text_with_tricks, bio=text_with_tricks)
def test_profile(client, reader, pseudonym, bio):
    client.force_login(reader)
    response = client.post(
        "/ar/accounts/profile/", {"pseudonym": clean(pseudonym), "bio": clean(bio)}
    )
    assert_answered(response, 200, 302)


@FORMS
@given(subject=text_with_tricks, content=text_with_tricks)
def test_forum_reply(client, post, writer, subject, content):
    client.force_login(writer)
    topic, forum = post.topic, post.topic.forum
    response = client.post(
        f"/ar/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/post/create/",
        {"subject": clean(subject), "content": clean(content)},
        follow=True,
    )
    assert_answered(response, 200)
