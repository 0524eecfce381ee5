"""Page-weight budgets for a first visit on a 360 px phone, as Chromium counts them.

The live test server sends everything uncompressed, so these are upper bounds of what a
reader downloads behind the production server's compression."""

import gzip

import pytest

from tests.browser.conftest import PHONE

BUDGETS = {
    "/ar/": 200 * 1024,
    "/fr/": 200 * 1024,
    "/ar/participation/parity-local-elections/": 150 * 1024,
    "/fr/economy/el-kef-economy-overview/": 150 * 1024,
}
HTML_COMPRESSED_BUDGET = 30 * 1024


def first_visit(browser, url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    sizes = {}
    cdp.on(
        "Network.responseReceived",
        lambda event: sizes.setdefault(event["requestId"], [event["response"]["url"], 0]),
    )
    cdp.on(
        "Network.loadingFinished",
        lambda event: sizes.get(event["requestId"], [None, 0]).__setitem__(
            1, event["encodedDataLength"]
        ),
    )
    page.goto(url, wait_until="networkidle")
    page.mouse.wheel(0, 10_000)  # what lazy loading fetches as she scrolls counts too
    page.wait_for_timeout(300)
    html = page.content()
    context.close()
    return dict(sizes.values()), html


@pytest.mark.parametrize("path", BUDGETS)
def test_first_visit_stays_within_budget(browser, demo_site, path):
    sizes, html = first_visit(browser, demo_site.url + path)
    total = sum(sizes.values())
    assert total <= BUDGETS[path], f"{total} bytes: {sizes}"
    assert len(gzip.compress(html.encode())) <= HTML_COMPRESSED_BUDGET
    assert all(url.startswith(demo_site.url) for url in sizes), "only our own server"
