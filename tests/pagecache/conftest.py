# The forum's fixture (an approved topic and its post), for the forum's cache tests here.
from tests.forum.conftest import post  # noqa: F401
