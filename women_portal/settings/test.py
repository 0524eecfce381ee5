"""The test suite. DATABASE_URL still selects PostgreSQL; otherwise SQLite."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True  # serve static files from the app folders, no collectstatic
PAGE_CACHE_SECONDS = 0  # tests of the cache turn it on themselves
# The suite asks far more often than a person would; tests/core/test_rate_limits.py sets
# tight limits itself.
RATE_LIMITS = {name: "100000/m" for name in RATE_LIMITS}  # noqa: F405
