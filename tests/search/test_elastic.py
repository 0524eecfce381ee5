"""Elasticsearch: the mappings and queries we build (always), and a live round trip (only when
ELASTICSEARCH_URL points at a server; no server can be installed on the CI machine)."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from home.models import ArticlePage
from tests.library.factories import LibraryIndexPageFactory, LibraryItemPageFactory
from women_portal.search import elastic
from women_portal.search.analysis import INDEX_SETTINGS

EXPECTED = Path(__file__).parent / "expected"
ROOT = Path(__file__).resolve().parents[2]


def expected(name: str) -> dict:
    return json.loads((EXPECTED / name).read_text())


def test_library_index_mapping_is_the_one_we_designed():
    mapping = elastic.LibraryItemDocument._index.to_dict()
    assert mapping == expected("library_index.json")
    title = mapping["mappings"]["properties"]["title"]
    assert title["fields"]["ar"]["analyzer"] == "arabic"
    assert title["fields"]["fr"]["analyzer"] == "french"
    for facet in ("item_type", "themes", "languages", "organisation", "locale"):
        assert mapping["mappings"]["properties"][facet]["type"] == "keyword"


def test_library_query_asks_for_hits_and_every_facet_in_one_request():
    search = elastic.LibraryFacetedSearch(
        "المراة العاملة", "ar", {"type": ["law"], "theme": ["work"]}
    )
    body = search.build_search().to_dict()
    assert body == expected("library_query.json")
    # Readers' spelling and our normalisation are both tried; only this language's items.
    should = body["query"]["bool"]["should"]
    assert should[1]["match"]["folded"]["query"] == "مرا عامل"
    assert body["query"]["bool"]["filter"] == [{"term": {"locale": "ar"}}]
    # A facet's counts apply the other facets, not itself (as the database version does).
    type_counts = body["aggs"]["_filter_type"]["filter"]
    assert type_counts == {"terms": {"themes": ["work"]}}


def test_wagtail_backend_is_chosen_with_our_analyser_when_the_url_is_set():
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default']))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "women_portal.settings.test",
        "ELASTICSEARCH_URL": "http://search.example.org:9200",
    }
    env.pop("DATABASE_URL", None)
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    backend = json.loads(output.strip().splitlines()[-1])
    assert backend["BACKEND"] == "women_portal.search.wagtail_elastic"
    assert backend["URLS"] == ["http://search.example.org:9200"]
    assert backend["INDEX_SETTINGS"] == INDEX_SETTINGS


def test_wagtail_mapping_indexes_our_normalised_fields_with_the_folding_analyser():
    backend = Elasticsearch8SearchBackend(
        {"URLS": ["http://search.example.org:9200"], "INDEX_SETTINGS": INDEX_SETTINGS}
    )
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"][2] == "arabic_normalization"
    assert "portal_french_elision" in analysis["filter"]
    mapping = json.dumps(backend.mapping_class(ArticlePage).get_mapping())
    assert "search_title" in mapping and "search_body" in mapping


@pytest.mark.django_db
def test_a_library_item_becomes_this_document(homes):
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(
        parent=library,
        slug="law",
        title="قانون المرأة",
        item_type="law",
        themes=["protection"],
        languages=["ar", "fr"],
        publication_date=date(2017, 8, 11),
    )
    document = elastic.LibraryItemDocument.from_item(item).to_dict(include_meta=True)
    assert document["_id"] == item.pk
    source = document["_source"]
    assert source["locale"] == "ar" and source["year"] == 2017
    assert source["themes"] == ["protection"] and sorted(source["languages"]) == ["ar", "fr"]
    assert "مرا" in source["folded"].split()


# Live round trip: runs only against a real server.

live = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against "
    "(none can be installed on this machine); mappings and queries are tested above",
)


@live
@pytest.mark.django_db
def test_live_index_search_facets_and_removal(homes, settings):
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    elastic.connect()
    elastic.LibraryItemDocument._index.delete(ignore=404)
    elastic.LibraryItemDocument.init()
    library = LibraryIndexPageFactory(parent=homes["ar"])
    law = LibraryItemPageFactory(
        parent=library, slug="law", title="قانون حماية المرأة", item_type="law"
    )
    guide = LibraryItemPageFactory(
        parent=library, slug="guide", title="دليل المرأة", item_type="guide"
    )
    for item in (law, guide):
        elastic.index_item(item)

    for spelling in ("المرأة", "المراة", "المرأه"):
        response = elastic.LibraryFacetedSearch(spelling, "ar").execute()
        assert {int(hit.meta.id) for hit in response} == {law.pk, guide.pk}, spelling
    response = elastic.LibraryFacetedSearch("المرأة", "ar", {"type": ["law"]}).execute()
    assert [int(hit.meta.id) for hit in response] == [law.pk]
    assert dict((value, count) for value, count, _chosen in response.facets.type) == {
        "law": 1,
        "guide": 1,
    }

    law.unpublish()  # the signal takes it out at once
    response = elastic.LibraryFacetedSearch("المرأة", "ar").execute()
    assert [int(hit.meta.id) for hit in response] == [guide.pk]
