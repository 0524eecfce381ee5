"""Production: every secret and host comes from the environment (see README)."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import STORAGES


def env(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError as missing:
        raise ImproperlyConfigured(f"Set the {name} environment variable.") from missing


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS").split(",")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Library files are read by a separate worker (`manage.py task_worker`, see docs/deploy.md),
# so saving an item with a large PDF stays fast.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# TLS is terminated by nginx, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

if "EMAIL_HOST" in os.environ:
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "1") == "1"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL",
    f"{PORTAL_MAIL_NAME} <noreply@{ALLOWED_HOSTS[0]}>",  # noqa: F405
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# The page cache must be shared by every gunicorn worker, or an edit would empty only one
# worker's copy: Redis (base.py). Not files on disk: Django's file cache lists its whole
# folder on every write beyond a few hundred entries, and culls pages, rate counters and
# the cache generation alike, at random.
env("REDIS_URL")

# Behind nginx: the reader's address for login throttling is the one nginx saw.
AXES_IPWARE_PROXY_COUNT = 1
RATE_LIMIT_ADDRESS_HEADER = "HTTP_X_REAL_IP"  # set by nginx (proxy_params), not by the client
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Errors to Sentry, only when SENTRY_DSN is set: unhandled exceptions and ERROR log lines,
# with the request id as a tag and nothing that could identify a reader (no e-mail, IP
# address, cookie, form, post text or search; women_portal/core/observability.py). No
# performance tracing unless SENTRY_TRACES_SAMPLE_RATE is set (a fraction, e.g. 0.05).
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    from women_portal.core.observability import init_sentry

    init_sentry(
        SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ["SENTRY_TRACES_SAMPLE_RATE"])
        if os.environ.get("SENTRY_TRACES_SAMPLE_RATE")
        else None,
    )
