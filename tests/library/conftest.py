import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from library.review import CONTRIBUTORS, REVIEWERS
from tests.factories import publish_translation
from tests.library.factories import LibraryIndexPageFactory, OrganisationFactory


@pytest.fixture
def library(homes):
    return LibraryIndexPageFactory(parent=homes["ar"])


@pytest.fixture
def libraries(library):
    return {
        "ar": library,
        "fr": publish_translation(library, "fr", title="Bibliothèque numérique"),
    }


def make_user(name: str, *groups: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name_ar="جمعية نساء الكاف", slug="nisaa")


@pytest.fixture
def contributor(organisation):
    user = make_user("amina", CONTRIBUTORS)
    organisation.members.add(user)
    return user


@pytest.fixture
def other_contributor(db):
    user = make_user("salma", CONTRIBUTORS)
    OrganisationFactory(name_ar="جمعية أخرى", slug="other").members.add(user)
    return user


@pytest.fixture
def editor(db):
    return make_user("editor", REVIEWERS)


@pytest.fixture
def member(db):
    """A site member (forum account) with no admin access."""
    return make_user("reader")
