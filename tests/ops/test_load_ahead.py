"""gunicorn's master prepares, before forking the workers, what each would otherwise do on its
first requests (gunicorn.conf.py, women_portal/wsgi.py)."""

import os
import subprocess
import sys

from django.template import engines
from django.urls import clear_url_caches, get_resolver

from women_portal.wsgi import load_ahead


def test_workers_are_forked_with_the_templates_compiled_and_no_database_connection():
    # No database mark: a query here fails the test. A connection opened in the master would
    # be shared by every worker forked from it.
    cached = engines["django"].engine.template_loaders[0]
    cached.reset()
    clear_url_caches()  # a new resolver, its patterns not yet indexed
    load_ahead()
    compiled = set(cached.get_template_cache)
    for name in ("base.html", "search/search.html", "library/library_index_page.html"):
        assert name in compiled
    assert {"ar", "fr", "en"} <= set(get_resolver()._reverse_dict)


def test_workers_are_forked_with_what_a_first_request_imports():
    """In a new interpreter, as in gunicorn's master: each worker's first search imported
    these (about 35 ms), its first French page the image plugins (45 ms)."""
    wanted = [
        "redis.client",  # the shared cache's client
        "django.contrib.messages.context_processors",
        "django.contrib.messages.storage.fallback",
        "django.conf.locale.ar.formats",
        "django.conf.locale.fr.formats",
        "PIL.PngImagePlugin",
    ]
    code = (
        "import sys, django; django.setup();"
        "from women_portal.wsgi import load_ahead; load_ahead();"
        f"print(' '.join(m for m in {wanted!r} if m not in sys.modules) or 'none')"
    )
    # A shared cache as in production; load_ahead() connects to nothing.
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:1/0"}
    missing = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert missing == ["none"]
