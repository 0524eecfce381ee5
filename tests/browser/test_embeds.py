"""A page with a video asks nothing of YouTube until the reader clicks, then plays it."""

import re

ARTICLE = "/fr/participation/parity-local-elections/"


def test_no_request_leaves_the_site_until_the_facade_is_clicked(open_page, demo_site):
    page = open_page(ARTICLE)
    page.wait_for_load_state("networkidle")
    assert page.outside_requests == []
    assert page.locator("iframe").count() == 0

    page.get_by_role("button", name="Charger le contenu de YouTube").click()
    player = page.locator(".embed__player iframe")
    player.wait_for()
    assert player.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    page.wait_for_timeout(300)
    assert any(
        url.startswith("https://www.youtube-nocookie.com/embed/") for url in page.outside_requests
    )
    assert all(
        re.match(r"https://www\.youtube-nocookie\.com/", url) for url in page.outside_requests
    )


def test_without_javascript_the_facade_is_a_link_to_the_original(open_page, demo_site):
    page = open_page(ARTICLE, javascript=False)
    assert not page.get_by_role("button", name="Charger le contenu de YouTube").is_visible()
    link = page.get_by_role("link", name="Ouvrir sur YouTube")
    assert link.get_attribute("href") == "https://www.youtube.com/watch?v=gkjW9PZBRfk"
    assert page.outside_requests == []
