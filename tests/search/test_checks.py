"""The search on PostgreSQL casts index ids to integers: a check says so before it breaks."""

from library.models import LibraryItemPage
from women_portal.search.checks import id_field, indexed_models_have_integer_ids


def test_every_indexed_model_has_an_integer_id():
    assert indexed_models_have_integer_ids(None) == []


def test_a_page_type_has_its_base_page_id():
    assert id_field(LibraryItemPage).get_internal_type() == "AutoField"
