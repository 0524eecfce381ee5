import pytest
from machina.apps.forum.models import Forum


@pytest.fixture
def questions(db):
    """The forum everyone may read and members post in (forum/setup.py)."""
    return Forum.objects.get(name="Questions and help")
