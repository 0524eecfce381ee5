"""gunicorn's master prepares, before forking the workers, what each would otherwise do on its
first requests (gunicorn.conf.py, women_portal/wsgi.py)."""

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
