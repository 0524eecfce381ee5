import os
import warnings

import pytest
from django.core.cache import cache, caches
from django.test import override_settings
from django.test.utils import setup_databases, teardown_databases
from hypothesis import settings as hypothesis_settings

from tests.factories import make_site_tree

# In CI the property-based tests draw the same examples every run, so a red build always
# means a change broke something; run them locally (or with --hypothesis-seed) to explore.
hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    """One test database for the whole run, created even when only browser tests run: they
    reach it through their own live server (tests/browser/conftest.py), which pytest-django
    cannot see, so it would otherwise create none and they would use the real database."""
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    yield
    with django_db_blocker.unblock():
        close_other_sessions()
        teardown_databases(databases, verbosity=0)


def close_other_sessions() -> None:
    """PostgreSQL refuses to drop a database another session uses: a thread of this run (a
    request the live server was still answering when it stopped) may hold one. The browser
    tests' server now waits for those (tests/browser/conftest.py); any other such session is
    named as a warning, then closed: the test database is this run's own."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid), backend_start, state, left(query, 200) "
            "FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        others = cursor.fetchall()
    if others:
        warnings.warn(f"sessions left open on the test database, closed: {others}", stacklevel=1)


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploaded and generated files of the tests go to a temporary folder, not var/media."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches (the shared one and each worker's cached parts):
    the database is rolled back between tests, which the caches cannot see."""
    cache.clear()
    caches["template_fragments"].clear()


@pytest.fixture
def page_cache(settings):
    """The whole-page cache on (the test settings turn it off), empty at start and end."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def homes(db):
    """The home page in Arabic (the site root), French and English."""
    return make_site_tree()
