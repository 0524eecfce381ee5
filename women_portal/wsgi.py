import os
import sys

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "women_portal.settings.production")
application = get_wsgi_application()


def load_ahead() -> None:
    """What every worker otherwise does on its first requests, done once in gunicorn's master
    before it forks them (gunicorn.conf.py): the URL modules imported and their patterns
    indexed, the translations read, the project's templates compiled, and the modules a first
    request imports (the Redis client, the context processors, the date formats, the image
    plugins: about 35 ms of a worker's first search, 45 ms of its first French page). A new
    or recycled worker then answers its first readers as fast as the others; a fresh worker's
    first search took over a second under load. Nothing here opens a database or Redis
    connection (none may be shared between workers)."""
    from django.conf import settings
    from django.contrib.auth import get_backends
    from django.core.cache import caches
    from django.template import engines
    from django.template.autoreload import get_template_directories
    from django.urls import get_resolver
    from django.utils import formats, translation
    from django.utils.module_loading import import_string
    from PIL import Image

    for alias in settings.CACHES:
        getattr(caches[alias], "_cache", None)  # the backend and its client, no connection yet
    get_backends()
    import_string(settings.MESSAGE_STORAGE)
    import_string(settings.SESSION_SERIALIZER)
    Image.init()

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            get_resolver().reverse_dict  # noqa: B018 - indexes the patterns for this language
            formats.get_format_modules(code)
    engine = engines["django"]
    engine.engine.template_context_processors  # noqa: B018 - imported once
    for directory in get_template_directories():
        # The project's own; libraries' (in the environment) are compiled when first used.
        if not directory.is_relative_to(settings.BASE_DIR) or directory.is_relative_to(sys.prefix):
            continue
        for path in directory.rglob("*.html"):
            engine.get_template(str(path.relative_to(directory)))
