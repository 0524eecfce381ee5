"""ranking.py casts the ids of Wagtail's index entries to integers, to sort its matches
and check them against the candidates: a model with another kind of id in the index would
break every search."""

from django.core import checks
from wagtail.search.index import get_indexed_models

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
