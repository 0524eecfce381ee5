"""The indicator page is light enough for a phone on slow data, and its chart is drawn."""

import pytest

from tests.browser.conftest import screenshot

WEIGHT_BUDGET = 60 * 1024  # HTML + SVG + CSS, uncompressed


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_indicator_page_weighs_under_60_kb_and_draws_its_chart(open_page, demo_site, language):
    page = open_page(None)
    sizes = {}
    page.on("response", lambda response: sizes.__setitem__(response.url, len(response.body())))
    page.goto(f"{demo_site.url}/{language}/statistics/municipal-councillors/")
    page.wait_for_load_state("networkidle")
    weight = sum(size for url, size in sizes.items() if not url.endswith(".js"))
    assert weight < WEIGHT_BUDGET, sizes
    chart = page.locator("svg.chart")
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 150
    assert chart.locator("g.series").count() == 2  # women and men
    screenshot(page, f"{language}-indicator-chart-phone")
