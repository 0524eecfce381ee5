"""Feeds, sitemap and sharing metadata: how the portal is found and passed on."""

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from wagtail_factories import ImageFactory

from tests.factories import publish_translation
from tests.home.factories import ArticlePageFactory, ThemePageFactory

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def articles(homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty", title="الفقر")
    publish_translation(theme, "fr", title="Pauvreté")
    old = ArticlePageFactory(parent=theme, slug="old", title="مقال قديم", date=date(2025, 1, 1))
    new = ArticlePageFactory(
        parent=theme,
        slug="new",
        title="مقال جديد",
        summary="ملخص جديد",
        date=date(2026, 5, 1),
        hero_image=ImageFactory(),
        hero_alt="نساء في السوق",
    )
    publish_translation(new, "fr", title="Nouvel article", summary="Résumé nouveau")
    draft = ArticlePageFactory(parent=theme, slug="draft", title="مسودة", live=False)
    return {"old": old, "new": new, "draft": draft}


def test_feed_lists_live_articles_of_its_language_newest_first(client, articles):
    response = client.get("/ar/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "ar"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["مقال جديد", "مقال قديم"]
    assert channel.find("item").findtext("link").endswith("/ar/poverty/new/")

    french = ET.fromstring(client.get("/fr/feed/").content).find("channel")
    assert [item.findtext("title") for item in french.findall("item")] == ["Nouvel article"]
    assert french.find("item").findtext("link").endswith("/fr/poverty/new/")
    assert french.find("item").findtext("category") == "Pauvreté"


def test_sitemap_lists_every_public_page_with_its_translations(client, articles):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    paths = {re.sub(r"^https?://[^/]+", "", loc) for loc in entries}
    assert {
        "/ar/",
        "/fr/",
        "/en/",
        "/ar/poverty/",
        "/fr/poverty/",
        "/ar/poverty/new/",
        "/fr/poverty/new/",
        "/ar/poverty/old/",
    } <= paths
    assert "/ar/poverty/draft/" not in paths
    new_entry = next(
        alternates for loc, alternates in entries.items() if loc.endswith("/ar/poverty/new/")
    )
    assert set(new_entry) == {"ar", "fr"}
    assert new_entry["fr"].endswith("/fr/poverty/new/")


def meta(content: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{key}" content="([^"]*)"', content)
    return match.group(1) if match else None


def test_article_has_sharing_metadata_and_a_share_row(client, articles):
    content = client.get("/fr/poverty/new/").content.decode()
    assert meta(content, "og:title") == "Nouvel article"
    assert meta(content, "og:description") == "Résumé nouveau"
    assert meta(content, "og:type") == "article"
    assert meta(content, "og:url").endswith("/fr/poverty/new/")
    assert meta(content, "og:image").startswith("http") and ".jpg" in meta(content, "og:image")
    assert meta(content, "twitter:card") == "summary_large_image"
    assert re.search(r'<link rel="canonical" href="http[^"]*/fr/poverty/new/">', content)
    assert re.search(
        r'<link rel="alternate" hreflang="ar" href="http[^"]*/ar/poverty/new/">', content
    )
    assert 'hreflang="en" href' not in content.split("</head>")[0]  # no English translation
    assert "https://wa.me/?text=Nouvel%20article%20http" in content
    assert "facebook.com/sharer/sharer.php?u=http" in content
    assert "<script" not in content.split("<body")[1].replace(
        '<script src="/static/js/portal.js" defer></script>', ""
    )


def test_every_page_links_its_feed(client, articles):
    assert '<link rel="alternate" type="application/rss+xml"' in client.get("/fr/").content.decode()
