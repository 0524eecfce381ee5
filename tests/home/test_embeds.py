"""Embeds are built from the address alone and wait behind a facade until the reader asks."""

import json

import pytest

from home.embeds import player_for
from tests.home.factories import ArticlePageFactory, ThemePageFactory


@pytest.mark.parametrize(
    ("url", "provider", "src"),
    [
        (
            "https://www.youtube.com/watch?v=gkjW9PZBRfk",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/gkjW9PZBRfk?autoplay=1&amp;rel=0",
        ),
        (
            "https://youtu.be/gkjW9PZBRfk?t=10",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/gkjW9PZBRfk?",
        ),
        (
            "https://m.youtube.com/shorts/gkjW9PZBRfk",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/gkjW9PZBRfk?",
        ),
        ("https://vimeo.com/76979871", "Vimeo", "https://player.vimeo.com/video/76979871?dnt=1"),
        (
            "https://x.com/UN_Women/status/1234567890123456789",
            "X",
            "https://platform.twitter.com/embed/Tweet.html?id=1234567890123456789",
        ),
        ("https://twitter.com/UN_Women/status/99", "X", "Tweet.html?id=99"),
        (
            "https://www.facebook.com/unwomen/posts/pfbid02abc",
            "Facebook",
            "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Funwomen%2Fposts%2Fpfbid02abc",
        ),
        ("https://www.facebook.com/unwomen/videos/123/", "Facebook", "/plugins/video.php?"),
    ],
)
def test_known_providers_get_their_player(url, provider, src):
    player = player_for(url)
    assert player["provider_name"] == provider
    assert src in player["html"]
    assert player["html"].startswith("<iframe ") and "<script" not in player["html"]


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/watch?v=gkjW9PZBRfk",
        "https://www.youtube.com/watch?v=short",
        'https://www.youtube.com/watch?v=gkjW9PZBRfk"><script>alert(1)</script>',
        "javascript:alert(1)//youtube.com/watch?v=gkjW9PZBRfk",
        "https://x.com/someone",
        "https://www.facebook.com/",
        "https://notyoutube.com.evil.example/watch?v=gkjW9PZBRfk",
        "",
    ],
)
def test_anything_else_is_not_embedded(url):
    assert player_for(url) is None


@pytest.fixture
def article_with_video(homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    body = [
        {
            "type": "video",
            "value": {
                "url": "https://www.youtube.com/watch?v=gkjW9PZBRfk",
                "title": "فيلم وثائقي",
                "description": "",
                "duration": "13 دقيقة",
                "transcript": "<p>نص الفيديو كاملا</p>",
            },
        },
        {
            "type": "embed",
            "value": {"url": "https://www.facebook.com/unwomen", "title": "صفحة فيسبوك"},
        },
    ]
    return ArticlePageFactory(parent=theme, slug="video", body=json.dumps(body))


def test_the_player_is_inert_until_the_reader_asks(client, article_with_video):
    content = client.get(article_with_video.url).content.decode()
    before_template = content.split("<template data-embed-player>")[0]
    assert "<iframe" not in before_template  # only inside <template>, which browsers do not load
    assert content.count("<template data-embed-player><iframe") == 2
    assert 'href="https://www.youtube.com/watch?v=gkjW9PZBRfk"' in content  # the no-JS link
    assert "تحميل المحتوى من YouTube" in content
    assert "youtube-nocookie.com" in content and "www.youtube.com/embed" not in content


def test_the_transcript_is_on_the_page(client, article_with_video):
    content = client.get(article_with_video.url).content.decode()
    assert '<details class="video__transcript">' in content and "نص الفيديو كاملا" in content
