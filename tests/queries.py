from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url: str) -> int:
    """SQL queries made to serve `url` (which must answer 200), its cached parts rendered
    anew: otherwise a count would measure the parts kept from an earlier request."""
    caches["template_fragments"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)
