import pytest
from django.core.cache import cache

# The forum's fixture (an approved topic and its post), for the forum's cache tests here.
from tests.forum.conftest import post  # noqa: F401


@pytest.fixture
def page_cache(settings):
    """The whole-page cache on (the test settings turn it off), empty at start and end."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()
