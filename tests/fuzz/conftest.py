# The forum post the report form is tried on.
from tests.forum.conftest import post  # noqa: F401
