"""Every public page tells the browser to keep readers safe: no third-party code, no
referrer to other sites, no framing, no camera or location."""

import pytest
from django.core.cache import cache

from tests.factories import StandardPageFactory
from tests.home.factories import ArticlePageFactory, ThemePageFactory


@pytest.fixture
def site_pages(homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="poverty")
    ArticlePageFactory(parent=theme, slug="article")
    StandardPageFactory(parent=homes["ar"], slug="about")
    return [
        "/ar/",
        "/fr/",
        "/ar/poverty/",
        "/ar/poverty/article/",
        "/ar/about/",
        "/ar/search/?q=x",
        "/ar/feed/",
        "/ar/nope/",
    ]


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.strip() for part in policy.split(";") if part.strip()}


def test_public_pages_carry_the_security_headers(client, site_pages):
    for path in site_pages:
        response = client.get(path)
        csp = directives(response)
        assert csp["default-src"] == "default-src 'self'", path
        assert csp["script-src"] == "script-src 'self'", path  # no inline script, no CDN
        assert csp["frame-ancestors"] == "frame-ancestors 'none'", path
        assert "https://www.youtube-nocookie.com" in csp["frame-src"]
        assert "https://www.youtube.com" not in csp["frame-src"]
        assert response["Referrer-Policy"] == "same-origin", path
        assert response["X-Content-Type-Options"] == "nosniff", path
        assert response["X-Frame-Options"] == "DENY", path
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", path
        assert "geolocation=()" in response["Permissions-Policy"], path


def test_cached_pages_carry_them_too(client, site_pages, settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    client.get("/ar/about/")
    response = client.get("/ar/about/")
    assert response["X-Page-Cache"] == "hit"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"  # older browsers know only this one


def test_open_data_api_is_covered(client, db):
    response = client.get("/api/statistics/indicators/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]
