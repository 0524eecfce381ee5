"""A page's text for the search index and for its hits' snippets is read from its stored
blocks, as Wagtail reads it, without loading the helplines, images or indicators they
point to."""

import json

import pytest
from wagtail.rich_text import RichText

from home.models import ArticlePage
from tests.factories import HelplineFactory
from tests.home.factories import ArticlePageFactory
from women_portal.search.indexing import stream_text


def check_demo_articles_text(django_assert_num_queries) -> None:
    """After load_demo_content (tests/core/test_demo_content.py): every demo article's text
    is Wagtail's, read without a query."""
    articles = list(ArticlePage.objects.all())
    kinds = {item["type"] for article in articles for item in article.body.raw_data}
    assert {"paragraph", "heading", "table", "video", "helpline"} <= kinds
    for article in articles:
        with django_assert_num_queries(0):
            text = stream_text(article.body)
        body = ArticlePage.objects.get(pk=article.pk).body
        assert text == " ".join(body.stream_block.get_searchable_content(body))
        assert text


@pytest.mark.django_db
def test_old_and_just_changed_blocks_read_as_wagtail_reads_them(homes):
    """Blocks saved before a field was added read with its default, as Wagtail reads them;
    an item changed in place since it was read (wagtail-localize writes translations so)
    reads with its new text."""
    helpline = HelplineFactory()
    body = [
        {"type": "heading", "value": {"text": "الحماية"}},  # saved before "level"
        {"type": "helpline", "value": {"helpline": helpline.pk}},  # before "message"
        {"type": "paragraph", "value": "<p>نص قديم</p>"},
    ]
    article = ArticlePageFactory(parent=homes["ar"], slug="old-blocks", body=json.dumps(body))
    stored = ArticlePage.objects.get(pk=article.pk).body
    assert stream_text(stored) == " ".join(stored.stream_block.get_searchable_content(stored))

    translated = ArticlePage.objects.get(pk=article.pk).body
    translated[2].value = RichText("<p>Texte traduit</p>")
    assert "Texte traduit" in stream_text(translated) and "قديم" not in stream_text(translated)
