"""Search at scale: Elasticsearch 8, used only when ELASTICSEARCH_URL is set.

Two parts (docs/scaling.md):

- Wagtail's own Elasticsearch 8 backend indexes every page and indicator (settings/base.py
  switches WAGTAILSEARCH_BACKENDS), with analysis.py's folding analyser as the index's
  default: the fields it indexes are already normalised by normalise.py, and the analyser
  folds what is left (raw titles) the same way.
- The library has an index of its own (`LibraryItemDocument`) with keyword fields for the
  facets and each text both folded and analysed by Elasticsearch's `arabic` and `french`
  analysers; `LibraryFacetedSearch` answers a query with hits and facet counts in one
  request (aggregations), which is what a large library needs.

Nothing here talks to a server at import time; `connect()` does, when called.
"""

from django.conf import settings
from elasticsearch_dsl import (
    Date,
    Document,
    FacetedSearch,
    Integer,
    Keyword,
    Q,
    TermsFacet,
    Text,
    analyzer,
    connections,
    token_filter,
)

from .analysis import FRENCH_ELISION, PORTAL_TEXT
from .normalise import index_text, terms

LIBRARY_INDEX = "women_portal_library"

french_elision = token_filter("portal_french_elision", **FRENCH_ELISION)
portal_text = analyzer(
    "portal_text",
    tokenizer=PORTAL_TEXT["tokenizer"],
    filter=[
        french_elision if name == french_elision._name else name for name in PORTAL_TEXT["filter"]
    ],
)


def language_text(**kwargs) -> Text:
    """Folded text, plus the same text through Elasticsearch's Arabic and French analysers."""
    return Text(
        analyzer=portal_text,
        fields={"ar": Text(analyzer="arabic"), "fr": Text(analyzer="french")},
        **kwargs,
    )


class LibraryItemDocument(Document):
    title = language_text()
    description = language_text()
    creators = language_text()
    text = language_text()  # the file's text
    folded = Text(analyzer="whitespace")  # normalise.index_text of all the above
    item_type = Keyword()
    themes = Keyword(multi=True)
    languages = Keyword(multi=True)
    organisation = Keyword()
    year = Integer()
    published = Date()
    locale = Keyword()
    url = Keyword(index=False)

    class Index:
        name = LIBRARY_INDEX
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_item(cls, item) -> "LibraryItemDocument":
        texts = item.searchable_texts()
        return cls(
            meta={"id": item.pk},
            title=item.title,
            description=item.description,
            creators=item.creators,
            text=item.extracted_text(),
            folded=index_text(item.title, *texts),
            item_type=item.item_type,
            themes=[theme.key for theme in item.themes.all()],
            languages=[language.code for language in item.languages.all()],
            organisation=item.organisation.slug if item.organisation else None,
            year=item.publication_date.year,
            published=item.publication_date,
            locale=item.locale.language_code,
            url=item.url,
        )


TEXT_FIELDS = [
    "title^3",
    "title.ar^3",
    "title.fr^3",
    "description^2",
    "description.ar^2",
    "description.fr^2",
    "creators",
    "text",
    "text.ar",
    "text.fr",
    "folded",
]


class LibraryFacetedSearch(FacetedSearch):
    """Items of one language matching the words, with counts for every facet."""

    index = LIBRARY_INDEX
    doc_types = [LibraryItemDocument]
    fields = TEXT_FIELDS
    facets = {
        "type": TermsFacet(field="item_type"),
        "theme": TermsFacet(field="themes"),
        "language": TermsFacet(field="languages"),
        "year": TermsFacet(field="year", size=50),
        "organisation": TermsFacet(field="organisation", size=50),
    }

    def __init__(self, query: str, language: str, filters=None, sort=()):
        self.language = language
        super().__init__(query.strip(), filters or {}, sort)

    def search(self):
        return super().search().filter("term", locale=self.language)

    def query(self, search, query):
        """Every word, either as Elasticsearch analyses it (Arabic and French stemmers) or
        normalised by us (`folded`), so every spelling finds the same items."""
        if not query:
            return search
        analysed = Q(
            "multi_match",
            query=query,
            fields=[field for field in self.fields if field != "folded"],
            type="cross_fields",
            operator="and",
        )
        folded = Q("match", folded={"query": " ".join(terms(query)), "operator": "and"})
        return search.query("bool", should=[analysed, folded], minimum_should_match=1)


def enabled() -> bool:
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def connect() -> None:
    connections.create_connection(hosts=[settings.ELASTICSEARCH_URL], timeout=10)


def index_item(item) -> None:
    """Add or refresh a live item; take it out of the index otherwise."""
    if item.live and not item.get_view_restrictions().exists():
        LibraryItemDocument.from_item(item).save(refresh=True)
    else:
        remove_item(item.pk)


def remove_item(pk: int) -> None:
    LibraryItemDocument(meta={"id": pk}).delete(ignore=404, refresh=True)
