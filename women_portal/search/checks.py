"""ranking.py casts the ids of Wagtail's index entries to integers, to sort its matches
and check them against the candidates: a model with another kind of id in the index would
break every search. With Elasticsearch, Wagtail's backends must be those that keep search
and editing going while it is down (`check --deploy`)."""

from django.conf import settings
from django.core import checks
from wagtail.search.index import get_indexed_models

from .backends import FALLBACK
from .elastic import enabled

INTEGER_IDS = {"AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField"}


def id_field(model):
    """The field holding the id (a page's id is its base page's)."""
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field


@checks.register(checks.Tags.database)
def indexed_models_have_integer_ids(app_configs, **kwargs) -> list[checks.Error]:
    return [
        checks.Error(
            f"{model._meta.label} is in the search index but its id is not an integer.",
            hint="The search on PostgreSQL (women_portal/search/ranking.py) needs integer ids.",
            obj=model,
            id="portal_search.E001",
        )
        for model in get_indexed_models()
        if id_field(model).get_internal_type() not in INTEGER_IDS
    ]


@checks.register(checks.Tags.compatibility, deploy=True)
def elasticsearch_has_a_fallback(app_configs, **kwargs) -> list[checks.Warning]:
    """With Elasticsearch, Wagtail's backends as backends.with_elasticsearch gives them: what
    keeps search and editing going while Elasticsearch is down (outage.py)."""
    if not enabled():
        return []
    backends = settings.WAGTAILSEARCH_BACKENDS
    hint = (
        "Set WAGTAILSEARCH_BACKENDS = women_portal.search.backends.with_elasticsearch("
        "ELASTICSEARCH_URL, <the database backend>) (docs/scaling.md)."
    )
    warnings = []
    if FALLBACK not in backends:
        warnings.append(
            checks.Warning(
                "While Elasticsearch cannot be reached, readers will be told search is "
                "unavailable: no database index is kept beside it.",
                hint=hint,
                id="portal_search.W001",
            )
        )
    if backends.get("default", {}).get("BACKEND") != "women_portal.search.wagtail_elastic":
        warnings.append(
            checks.Warning(
                "Pages and indicators changed while Elasticsearch cannot be reached will be "
                "missing from its index until rebuild_search: Wagtail's own backend does not "
                "queue them.",
                hint=hint,
                id="portal_search.W002",
            )
        )
    return warnings
