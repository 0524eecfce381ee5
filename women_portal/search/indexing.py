"""What the search index holds for each model: its texts, normalised (normalise.py).

A model lists its readable texts in `searchable_texts()` and the words that only label it
(its tags) in `searchable_labels()`; the index gets them folded and stemmed in two fields, so
a query normalised the same way matches whatever spelling either side used. The original
texts give the result's snippet: a label is not text to quote, and not reading the labels
spares every search a query for the tags of its hits.
"""

from django.db import models
from wagtail.blocks import ChooserBlock, ListBlock, StreamBlock, StructBlock
from wagtail.search import index

from .normalise import index_text

NORMALISED_FIELDS = [
    index.SearchField("search_title", boost=3),
    index.SearchField("search_body"),
]


def stored_text(block, raw) -> list[str]:
    """What block.get_searchable_content() gives for its stored value `raw`, without loading
    what chooser blocks point to: they hold no text of their own, and loading them cost a
    query for each article with a helpline or an image among the search's hits."""
    if not getattr(block, "search_index", True) or isinstance(block, ChooserBlock):
        return []
    if isinstance(block, StructBlock):
        named = raw or {}
        return [
            text
            for name, child in block.child_blocks.items()
            if name in named
            for text in stored_text(child, named[name])
        ]
    if isinstance(block, ListBlock):
        items = (item["value"] if block._item_is_in_block_format(item) else item for item in raw)
        return [text for item in items for text in stored_text(block.child_block, item)]
    if isinstance(block, StreamBlock):
        return [
            text
            for item in raw
            if item["type"] in block.child_blocks
            for text in stored_text(block.child_blocks[item["type"]], item["value"])
        ]
    return block.get_searchable_content(block.to_python(raw))


def stream_text(stream) -> str:
    """The readable text of a StreamField value."""
    return " ".join(stored_text(stream.stream_block, stream.raw_data))


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
