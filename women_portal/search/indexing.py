"""What the search index holds for each model: its texts, normalised (normalise.py).

A model lists its readable texts in `searchable_texts()` and the words that only label it
(its tags, its authors' and organisation's names) in `searchable_labels()`; the index gets them folded and stemmed in two fields, so
a query normalised the same way matches whatever spelling either side used. The original
texts give the result's snippet: a label is not text to quote (a byline glued into a
sentence, an organisation named twice), and not reading the labels spares every search a
query for the tags of its hits.
"""

from django.db import models
from wagtail.blocks import Block, ListBlock, StreamBlock, StructBlock
from wagtail.search import index

from .normalise import index_text

NORMALISED_FIELDS = [
    index.SearchField("search_title", boost=3),
    index.SearchField("search_body"),
]


def stored_text(block, raw) -> list[str]:
    """What block.get_searchable_content() gives for its stored value `raw`, without
    converting what holds no text: a chooser block has none of its own, and loading the
    helpline or image it points to cost a query per article among the search's hits.
    Blocks that give their text their own way get their value converted."""
    reads = type(block).get_searchable_content
    if reads is Block.get_searchable_content:
        return []
    if reads is StructBlock.get_searchable_content and block.search_index:
        named = raw or {}
        return [
            text
            for name, child in block.child_blocks.items()
            for text in (
                stored_text(child, named[name])
                if name in named
                else child.get_searchable_content(child.get_default())  # as to_python()
            )
        ]
    if reads is ListBlock.get_searchable_content and block.search_index:
        items = (item["value"] if block._item_is_in_block_format(item) else item for item in raw)
        return [text for item in items for text in stored_text(block.child_block, item)]
    if reads is StreamBlock.get_searchable_content and block.search_index:
        return [
            text
            for item in raw
            if item["type"] in block.child_blocks
            for text in stored_text(block.child_blocks[item["type"]], item["value"])
        ]
    return block.get_searchable_content(block.to_python(raw))


def stream_text(stream) -> str:
    """The readable text of a StreamField value, as Wagtail gives it. Items not converted
    yet are read from their stored data (stored_text); converted ones as Wagtail reads them,
    since they may have been changed in place (wagtail-localize writes translations so)."""
    block = stream.stream_block
    converted = getattr(stream, "_bound_blocks", None)  # Wagtail's converted items
    if converted is None or type(block).get_searchable_content is not (
        StreamBlock.get_searchable_content
    ):
        return " ".join(block.get_searchable_content(stream))
    if not block.search_index:
        return ""
    texts = []
    for position, child in enumerate(converted):
        if child is not None:
            texts += child.block.get_searchable_content(child.value)
        elif (raw := stream.raw_data[position])["type"] in block.child_blocks:
            texts += stored_text(block.child_blocks[raw["type"]], raw["value"])
    return " ".join(texts)


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
