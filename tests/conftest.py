import pytest

from tests.factories import make_site_tree


@pytest.fixture
def homes(db):
    """The home page in Arabic (the site root), French and English."""
    return make_site_tree()
