"""A page's text for the search index and for its hits' snippets is read from its stored
blocks, as Wagtail reads it, without loading the helplines, images or indicators they
point to."""

import pytest
from django.core.management import call_command

from home.models import ArticlePage
from women_portal.search.indexing import stream_text


@pytest.mark.django_db
def test_the_demo_articles_text_is_wagtails_without_a_query(django_assert_num_queries):
    call_command("load_demo_content")
    articles = list(ArticlePage.objects.all())
    kinds = {item["type"] for article in articles for item in article.body.raw_data}
    assert {"paragraph", "heading", "table", "video", "helpline"} <= kinds
    for article in articles:
        with django_assert_num_queries(0):
            text = stream_text(article.body)
        body = ArticlePage.objects.get(pk=article.pk).body
        assert text == " ".join(body.stream_block.get_searchable_content(body))
        assert text
