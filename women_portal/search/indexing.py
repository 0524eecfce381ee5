"""What the search index holds for each model: its texts, normalised (normalise.py).

A model lists its readable texts in `searchable_texts()` and the words that only label it
(its tags) in `searchable_labels()`; the index gets them folded and stemmed in two fields, so
a query normalised the same way matches whatever spelling either side used. The original
texts give the result's snippet: a label is not text to quote, and not reading the labels
spares every search a query for the tags of its hits.
"""

from django.db import models
from wagtail.search import index

from .normalise import index_text

NORMALISED_FIELDS = [
    index.SearchField("search_title", boost=3),
    index.SearchField("search_body"),
]


def stream_text(stream) -> str:
    """The readable text of a StreamField value."""
    return " ".join(stream.stream_block.get_searchable_content(stream))


class NormalisedSearch(models.Model):
    """Abstract: search backends look for the model that defines an indexed method."""

    class Meta:
        abstract = True

    def searchable_title(self) -> str:
        return self.title

    def searchable_texts(self) -> list[str]:
        raise NotImplementedError

    def searchable_labels(self) -> list[str]:
        return []

    def search_title(self) -> str:
        return index_text(self.searchable_title())

    def search_body(self) -> str:
        return index_text(*self.searchable_texts(), *self.searchable_labels())

    def snippet_source(self) -> str:
        return " ".join(text for text in self.searchable_texts() if text)
