"""Settings shared by every environment. Environment-specific files import from here."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _
from machina import MACHINA_MAIN_TEMPLATE_DIR

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    "modeltranslation",  # before the admin apps, which it patches
    "women_portal.core",
    "women_portal.statistics",
    "women_portal.pagecache",
    "women_portal.backups",
    "women_portal.search",
    "women_portal.accounts",
    "women_portal.kiosk",
    "home",
    "library",
    "services",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "women_portal.core.users_app.UsersConfig",  # wagtail.users, limited for the editor
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "allauth",
    "allauth.account",
    "axes",
    # The forum: django-machina, its `forum` app overridden by ours (forum/), which must come
    # first so its templates win.
    "forum",
    "machina",
    "forum.forum_conversation",  # machina's, with rate limits
    "forum.forum_conversation.forum_attachments",  # machina's, files checked and cleaned
    "machina.apps.forum_conversation.forum_polls",
    "forum.forum_feeds",  # machina's, safe from control characters
    "forum.forum_moderation",  # machina's, each action written to the moderation log
    "machina.apps.forum_tracking",
    "forum.forum_member",  # machina's, listing only the posts readers may see
    "machina.apps.forum_permission",
    "mptt",
    "widget_tweaks",
    "django_tasks_db",  # the task queue production.py uses
    # Only for its Arabic and French: Wagtail's admin prints its naturaltime ("Submitted to …
    # 4 seconds ago") without it. Last, so its catalogue wins over no other.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: every response and every log line of the request carries its id (X-Request-ID,
    # from nginx or made here; women_portal/core/observability.py).
    "women_portal.core.observability.RequestIdMiddleware",
    # /health/ is answered here, before any host check, redirect, cache or session
    # (women_portal/core/health.py).
    "women_portal.core.health.HealthCheckMiddleware",
    # Then: a body larger than any upload the address takes is refused before it is read.
    "women_portal.core.middleware.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before the page cache, so cached pages get the headers too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "women_portal.core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "women_portal.pagecache.middleware.AnonymousPageCacheMiddleware",
    "women_portal.pagecache.middleware.KnownSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # A contributor opens no admin page about another organisation's library draft.
    "library.middleware.OtherOrganisationsDraftsMiddleware",
    # After authentication: on a kiosk it may end the visit (sign out) before any view runs.
    "women_portal.kiosk.middleware.KioskMiddleware",
    "forum.middleware.ForumPermissionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: it answers a locked-out login with our 429 page.
    "axes.middleware.AxesMiddleware",
]

# Members (women_portal/accounts): allauth for sign-up, e-mail confirmation, login and
# password reset; django-axes against password guessing.
# ModelBackend before allauth's, as allauth documents: the Wagtail admin's login (by username)
# is answered at once. After it, allauth's found no account by that e-mail and hashed the
# password once more against timing attacks: every admin login cost two hashes (PBKDF2, most
# of its time). The members' sign-in (by e-mail) passes ModelBackend without a hash.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",  # the Wagtail admin's login
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "women_portal.accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "women_portal.accounts.forms.SignupExtraForm"
# How allauth names her in its messages ("signed in as …"): her pseudonym, never the
# internal username.
ACCOUNT_USER_DISPLAY = "women_portal.accounts.models.display_name"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# The site's e-mails come from the portal by name (production.py sets its address), and
# allauth's subjects and signatures name the portal, not the server's host and port.
PORTAL_MAIL_NAME = os.environ.get("PORTAL_MAIL_NAME", "بوابة المرأة — Portail des femmes")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"{PORTAL_MAIL_NAME} <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # a link opened by a mail scanner confirms nothing
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True  # the same answer whether an address has an account or not
ACCOUNT_SESSION_REMEMBER = False  # shared phones and computers: no "remember me"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_RATE_LIMITS = {
    "login_failed": "30/m/ip,10/5m/key",  # django-axes locks first (5 failures)
    "signup": "20/h/ip",
    "reset_password": "20/h/ip,5/h/key",
    "confirm_email": "1/3m/key",
}
LOGIN_REDIRECT_URL = "profile"
LOGIN_URL = "account_login"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]  # nobody can lock another out
AXES_USERNAME_CALLABLE = "women_portal.accounts.views.login_name"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "women_portal.accounts.views.locked_out"
AXES_VERBOSE = False
# Privacy: no record of successful logins; failed ones (with the address they came from)
# are forgotten after IP_RETENTION_DAYS by `manage.py purge_ip_addresses` (cron). Forum
# posts keep no IP address at all (django-machina 1.x does not store them).
AXES_DISABLE_ACCESS_LOG = True
IP_RETENTION_DAYS = int(os.environ.get("IP_RETENTION_DAYS", "30"))

ROOT_URLCONF = "women_portal.urls"
WSGI_APPLICATION = "women_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # machina's templates are named from its own template folder ("forum/index.html");
        # ours for the forum (forum/templates/machina/) come before them and win.
        "DIRS": [
            BASE_DIR / "templates",
            BASE_DIR / "forum" / "templates" / "machina",
            MACHINA_MAIN_TEMPLATE_DIR,
        ],
        "OPTIONS": {
            "loaders": [
                (
                    "django.template.loaders.cached.Loader",
                    [
                        "forum.template_loader.Loader",  # the DIRS, machina's made accessible
                        "django.template.loaders.app_directories.Loader",
                    ],
                )
            ],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "machina.core.context_processors.metadata",
            ],
        },
    },
]

# DATABASE_URL selects PostgreSQL (postgres://user@host:5432/name); unset means SQLite in var/.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection is checked before a request uses it: after a restart of the
        # database, the first request reconnects instead of failing.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The site's data is small enough to stay in memory (and servers have SSDs): reading a
    # page of a table at random costs about what reading the next does. With PostgreSQL's
    # default (4, for spinning disks) the planner filters thousands of search entries one
    # by one rather than reading two indexes, and a search took 40 ms instead of 6.
    # And one query, one core: the web workers already keep the server's few cores busy
    # together, and a query split over helper processes made a busy site slower.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"
    )
    # A database host that does not answer at all fails a request in 5 s, with the site's
    # 503 page, rather than holding a worker until gunicorn kills it.
    DATABASES["default"]["OPTIONS"]["connect_timeout"] = 5
# machina's apps were migrated with integer ids and do not say so; the portal's own apps ask
# for BigAutoField in their AppConfig.
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "women_portal.accounts.validators.MinimumLength"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first (the default and the fallback), then French and English.
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", "العربية"),
    ("fr", "Français"),
    ("en", "English"),
]
LANGUAGES_BIDI = ["ar"]
WAGTAIL_I18N_ENABLED = True
# Page addresses in Latin letters by default: the admin transliterates an Arabic title
# (Wagtail's Arabic map) into the slug, which the editor can change. Arabic addresses are
# percent-encoded wherever they are copied — a citation, a message — and grow ninefold.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# "Translate this page" makes a draft, published once it is translated: by default
# wagtail-localize publishes the untranslated copy at once when the original is live,
# Arabic text on a French address.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Ours first; then machina's catalogues completed in Arabic and French (machina's own Arabic
# was almost empty). Not named "locale", so `makemessages` never rewrites them.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "forum" / "machina_locale",
    # allauth's Arabic, reviewed: addressed to women, without its typos (women_portal/accounts).
    BASE_DIR / "women_portal" / "accounts" / "allauth_locale",
    # The few Arabic texts of Wagtail's admin that are wrong or untranslated ("View live").
    BASE_DIR / "women_portal" / "core" / "wagtail_locale",
]
# Data records translated in place (indicators): French fills in for English, Arabic for all.
MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("ar",), "en": ("fr", "ar")}
TIME_ZONE = "Africa/Tunis"
USE_I18N = True
# Our additions to Django's own formats, per language (Arabic lacks a date-and-time format).
FORMAT_MODULE_PATH = ["women_portal.formats"]
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# The uploaded files readers may fetch by address (nginx serves these folders and no other,
# docs/deploy/nginx.conf): image renditions, library thumbnails, members' pictures. Library
# files, items in review above all, go through Django's checks at /documents/….
PUBLIC_MEDIA_FOLDERS = ("images/", "library/thumbnails/", "accounts/avatars/")
STORAGES = {
    "default": {"BACKEND": "women_portal.core.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor can post many fields; keep the request body itself bounded.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Women's Portal")
# No gravatar.com: the admin would send every editor's e-mail hash to it on every page (and
# show broken pictures offline). Wagtail's own initials avatar is shown instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Text is folded and stemmed by us (women_portal/search/normalise.py) before it is indexed,
# so PostgreSQL must not stem it again: its "simple" configuration only splits words.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
}
# At scale: Elasticsearch 8 for pages and indicators (Wagtail's backend) and for the library
# (women_portal/search/elastic.py). See docs/scaling.md.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    # With the database index kept beside it: readers' search while it is down.
    from women_portal.search.backends import with_elasticsearch

    WAGTAILSEARCH_BACKENDS = with_elasticsearch(
        ELASTICSEARCH_URL, WAGTAILSEARCH_BACKENDS["default"]
    )
WAGTAILDOCS_EXTENSIONS = ["pdf", "epub", "docx", "odt", "png", "jpg", "jpeg"]
# Every document upload is checked by its bytes, not its name (library/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.uploads.SafeDocumentForm"
LIBRARY_MAX_UPLOAD_SIZE = int(os.environ.get("LIBRARY_MAX_UPLOAD_SIZE", 50 * 1024 * 1024))
# Larger request bodies are refused before they reach a view (nginx refuses them too).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["png", "jpg", "jpeg", "webp"]
# Pictures with more pixels are refused before they are decoded (women_portal/core/pictures.py):
# 40 million is a 48-megapixel phone's binned photo with room to spare, about 160 MB decoded.
MAX_IMAGE_PIXELS = int(os.environ.get("MAX_IMAGE_PIXELS", 40_000_000))
WAGTAILIMAGES_MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS

# Background work (reading library files): run at once after the request's transaction by
# default; production.py switches to a database queue read by `manage.py task_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# E-mail (women_portal/core/mail.py): a mail server that does not answer in 10 s counts as
# down; its mail is tried again by the task queue after each of these waits, then given up.
EMAIL_TIMEOUT = 10
MAIL_RETRY_MINUTES = (2, 15, 60, 240, 720)

# Every quick-exit link, and the default until an editor sets one in the site settings.
QUICK_EXIT_DEFAULT_URL = "https://www.google.com/"

# Warnings and errors, with their tracebacks, to standard error (systemd's journal in
# production), each line with the request id (observability.py) and without readers' e-mail
# or IP addresses. Django's own loggers (django.request: every unhandled error) pass their
# records up to this one.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "women_portal.core.observability.RequestIdFilter"}},
    "formatters": {
        "portal": {
            "()": "women_portal.core.observability.LogFormatter",
            "format": "%(levelname)s %(name)s [%(request_id)s] %(message)s",
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",  # standard error
            "filters": ["request_id"],
            "formatter": "portal",
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    # The search breaker logs an outage once (women_portal/search/elastic.py); the client
    # would add a warning for each failed try.
    "loggers": {"elastic_transport": {"level": "ERROR"}},
}

# /health/ (women_portal/core/health.py): the oldest task ready to run may wait this long
# (seconds) before the task queue is reported; MEDIA_ROOT's disk must keep this much free.
HEALTH_TASK_MAX_AGE = int(os.environ.get("HEALTH_TASK_MAX_AGE", "900"))
HEALTH_DISK_MIN_FREE_MB = int(os.environ.get("HEALTH_DISK_MIN_FREE_MB", "2048"))

# REDIS_URL selects a shared Redis cache (needed with several app servers); unset means
# a per-process memory cache, enough for one server.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # An outage of Redis makes the site slower, not down (redis_cache.py): a
            # request waits at most half a second for it, then the cache is skipped.
            "BACKEND": "women_portal.core.redis_cache.FailSoftRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The parts of pages rendered once per change ({% cachedpart %}, women_portal/pagecache): in
# each worker's memory, as Django's and Wagtail's fragment cache tags look for them. Their
# keys hold the cache generation, read from the shared cache on each request, so no worker
# shows a part from before a change; a dozen parts a page then cost no round trip.
CACHES["template_fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "template-fragments",
    "OPTIONS": {"MAX_ENTRIES": 3000},
}
# Files attached to a forum post that is being previewed (machina keeps them between requests).
CACHES["machina_attachments"] = {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": str(VAR_DIR / "forum-attachments-cache"),
}

# The forum (django-machina), without machina's own search (forum_search, on haystack):
# readers search the forum on the portal's search page (forum/urls.py).
MACHINA_FORUM_NAME = _("Forum")
MACHINA_BASE_TEMPLATE_NAME = "base.html"
MACHINA_USER_DISPLAY_NAME_METHOD = "forum_display_name"  # the pseudonym (accounts/apps.py)
MACHINA_MARKUP_LANGUAGE = ("forum.markup.render", {})
MACHINA_PROFILE_AVATARS_ENABLED = False  # the member's picture is on her profile
MACHINA_DEFAULT_AUTHENTICATED_USER_FORUM_PERMISSIONS = []  # forum/setup.py sets them
# A member's first posts wait for a moderator; after this many approved, hers appear at once.
FORUM_TRUSTED_AFTER_POSTS = int(os.environ.get("FORUM_TRUSTED_AFTER_POSTS", "3"))
# Per member (moderators excepted): posts in an hour, new topics in a day.
FORUM_POSTS_PER_HOUR = int(os.environ.get("FORUM_POSTS_PER_HOUR", "10"))
FORUM_TOPICS_PER_DAY = int(os.environ.get("FORUM_TOPICS_PER_DAY", "3"))
FORUM_HIDE_AFTER_REPORTS = int(os.environ.get("FORUM_HIDE_AFTER_REPORTS", "2"))
# Files attached to a post: JPEG, PNG, WebP pictures (re-encoded, metadata dropped) and PDFs.
FORUM_ATTACHMENT_MAX_SIZE = int(os.environ.get("FORUM_ATTACHMENT_MAX_SIZE", 5 * 1024 * 1024))
MACHINA_ATTACHMENT_MAX_FILES_PER_POST = 3
# A reply's subject is filled in as "Re: <topic>", in the language she writes from.
MACHINA_TOPIC_ANSWER_SUBJECT_PREFIX = _("Re:")
# The largest request bodies (RequestBodyLimitMiddleware; nginx's client_max_body_size says
# the same): a library file and its form in the admin; a post's attachments elsewhere.
MAX_ADMIN_REQUEST_BODY = LIBRARY_MAX_UPLOAD_SIZE + 5 * 1024 * 1024
MAX_PUBLIC_REQUEST_BODY = (
    FORUM_ATTACHMENT_MAX_SIZE * MACHINA_ATTACHMENT_MAX_FILES_PER_POST + 1024 * 1024
)

# Embeds are built from the URL by our own finder: the server never asks YouTube, Facebook
# or X anything, and the reader's browser only does after she clicks the facade.
WAGTAILEMBEDS_FINDERS = [{"class": "home.embeds.ProviderEmbedFinder"}]

# Anonymous readers' pages are cached whole (women_portal/pagecache); 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A reader with one of these cookies has a session of her own: never a shared page.
PAGE_CACHE_SKIP_COOKIES = ("sessionid", "messages", "kiosk_device")
PAGE_CACHE_SKIP_PATHS = ("/admin/", "/django-admin/", "/documents/", "/media/", "/static/")
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Security headers. No inline script or style anywhere, so no nonces: a nonce would also
# differ between a cached page and the header sent with it.
CONTENT_SECURITY_POLICY = {
    # The Wagtail admin needs inline scripts and styles; it is for staff, behind login.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Players open only after the reader clicks "Load content" (home/embeds.py).
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
            "https://www.facebook.com",
            "https://platform.twitter.com",
        ],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
SECURE_REFERRER_POLICY = "same-origin"  # no address of ours leaks to other sites
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview sets SAMEORIGIN on its own views
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)

# Kiosk mode (women_portal/kiosk) for the citizen space's shared computer.
KIOSK_COOKIE_NAME = "kiosk_device"
KIOSK_COOKIE_MAX_AGE = 5 * 365 * 24 * 3600  # until the staff revoke the device
KIOSK_IDLE_SECONDS = int(os.environ.get("KIOSK_IDLE_SECONDS", "180"))
KIOSK_WARNING_SECONDS = 30  # "Are you still there?" this long before the end

# Requests per address (women_portal/core/ratelimits.py); beyond them, a 429 page.
RATE_LIMITS = {
    "search": os.environ.get("RATE_LIMIT_SEARCH", "30/m"),
    "api": os.environ.get("RATE_LIMIT_API", "60/m"),
}
# While the cache cannot be reached (a Redis outage) the search and API limits let requests
# through: readers keep searching, and nginx's per-address limits still hold. Login
# throttling (django-axes) counts in the database and keeps refusing as before.
RATELIMIT_FAIL_OPEN = True
RATE_LIMIT_ADDRESS_HEADER = "REMOTE_ADDR"  # production: the address nginx saw (X-Real-IP)
