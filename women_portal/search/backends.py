"""WAGTAILSEARCH_BACKENDS with Elasticsearch (read by settings/base.py: nothing here may
import Django's models or Wagtail's backends).

Two backends, both kept up to date by Wagtail on every change: Elasticsearch as the
default (wagtail_elastic.py: Wagtail's Elasticsearch 8 backend that queues what it cannot
send), and the database backend as FALLBACK, which answers readers while Elasticsearch
cannot be reached (outage.py). Each change is indexed twice; the database index is the one
the site uses without Elasticsearch, so it costs what search costs on a small site.
"""

from .analysis import INDEX_SETTINGS

FALLBACK = "database"
REQUEST_TIMEOUT = 10  # seconds for an answer; connecting: elastic.CONNECT_TIMEOUT


def with_elasticsearch(url: str, database: dict) -> dict:
    """The backends for Elasticsearch at `url`, with `database` (the settings' database
    backend) as the fallback."""
    return {
        "default": {
            "BACKEND": "women_portal.search.wagtail_elastic",
            "URLS": [url],
            "INDEX_PREFIX": "women_portal_",
            "TIMEOUT": REQUEST_TIMEOUT,
            "OPTIONS": {},
            "INDEX_SETTINGS": INDEX_SETTINGS,
        },
        FALLBACK: database,
    }
