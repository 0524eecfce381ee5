"""What browsers and search engines ask every site for: /robots.txt and /favicon.ico."""

import pytest
from django.contrib.staticfiles import finders


@pytest.mark.django_db
def test_robots_txt_keeps_private_parts_out_and_names_the_sitemap(client):
    response = client.get("/robots.txt", HTTP_HOST="portal.example.org")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for private in ("/admin/", "/*/accounts/", "/*/kiosk/"):
        assert f"Disallow: {private}" in lines
    assert "Sitemap: http://portal.example.org/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the portal itself stays findable


@pytest.mark.django_db
def test_favicon_ico_leads_to_the_portal_icon(client, homes):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")
    assert finders.find("favicon.svg")
    page = client.get("/ar/").content.decode()
    assert 'rel="icon"' in page and "favicon.svg" in page
