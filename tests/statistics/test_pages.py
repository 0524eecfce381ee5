"""The statistics pages, downloads and API show the same numbers, in the reader's language."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from tests.queries import count_queries
from tests.statistics.factories import IndicatorFactory, ObservationFactory
from women_portal.core.models import Theme


@pytest.fixture
def councillors(statistics_page):
    indicator = IndicatorFactory(
        code="councillors",
        name_ar="أعضاء المجلس البلدي",
        name_fr="Membres du conseil municipal",
        theme=Theme.objects.get(key="participation"),
    )
    for period, women, men in [("2022", "40", "60"), ("2024", "47.5", "52.5")]:
        ObservationFactory(indicator=indicator, period=period, sex="women", value=women)
        ObservationFactory(indicator=indicator, period=period, sex="men", value=men)
    ObservationFactory(
        indicator=indicator, period="2024", geography="national", sex="women", value="30"
    )
    return indicator


def test_index_lists_latest_values_by_theme_with_the_gap(client, councillors):
    content = client.get("/fr/statistics/").content.decode()
    assert "Participation des femmes" in content
    card = re.search(r"Membres du conseil municipal.*?</li>", content, re.S).group(0)
    assert "2024" in card and "47,5 %" in card and "52,5 %" in card and ">-5<" in card


def test_indicator_page_says_the_key_figure_and_shows_chart_and_table(client, councillors):
    content = client.get("/fr/statistics/councillors/").content.decode()
    assert "En 2024 : 47,5 % pour les femmes, contre 52,5 % pour les hommes." in content
    svg = re.search(r"<svg class=\"chart\".*?</svg>", content, re.S).group(0)
    chart = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert chart.find(f"{ns}title").text == "Membres du conseil municipal"
    assert "Femmes: 2022 40, 2024 47,5. Hommes: 2022 60, 2024 52,5." in chart.find(f"{ns}desc").text
    assert chart.get("role") == "img"
    assert len(svg.encode()) < 6000
    assert '<th scope="row">2022</th>' in content


def test_arabic_indicator_page(client, councillors):
    content = client.get("/ar/statistics/councillors/").content.decode()
    assert "<h1>أعضاء المجلس البلدي</h1>" in content and 'dir="rtl"' in content


def test_the_charts_caption_names_only_the_series_drawn(client, councillors):
    content = client.get("/fr/statistics/councillors/").content.decode()
    assert "Ligne continue et cercles : femmes ; ligne en tirets et carrés : hommes." in content
    reports = IndicatorFactory(code="reports", name_fr="Signalements", unit="")
    ObservationFactory(indicator=reports, period="2024", sex="total", value="4050")
    content = client.get("/ar/statistics/reports/").content.decode()
    assert "خطّ منقّط ومعيّنات: المجموع." in content
    assert "النساء" not in content.split("<figcaption>")[1].split("</figcaption>")[0]


def test_unknown_indicator_is_not_found(client, statistics_page):
    assert client.get("/fr/statistics/nothing/").status_code == 404
    assert client.get("/fr/statistics/nothing/csv/").status_code == 404


def test_downloads_and_api_give_the_numbers_of_the_page(client, councillors):
    csv_lines = client.get("/fr/statistics/councillors/csv/").content.decode().splitlines()
    # Each row says what it is, in the page's language: name, unit, source, sample or not.
    assert csv_lines[0] == "indicator,name,unit,period,geography,sex,value,flag,note,source,sample"
    row = "councillors,Membres du conseil municipal,%,2024,municipality,women,47.5,,,INS,false"
    assert row in csv_lines
    councillors.is_sample = True
    councillors.save()
    assert (
        client.get("/ar/statistics/councillors/csv/")
        .content.decode()
        .splitlines()[1]
        .endswith("المعهد الوطني للإحصاء,true")
    )

    document = json.loads(client.get("/fr/statistics/councillors/json/").content)
    assert document["name"]["fr"] == "Membres du conseil municipal"
    assert document["licence"] == "CC-BY-4.0"
    api = client.get(
        "/api/statistics/observations/",
        {"indicator": "councillors", "sex": "women", "geography": "municipality"},
    )
    values = {(o["period"], o["value"]) for o in api.json()["results"]}
    assert values == {("2022", 40.0), ("2024", 47.5)}
    assert {
        (o["period"], o["value"])
        for o in document["observations"]
        if o["sex"] == "women" and o["geography"] == "municipality"
    } == values
    indicators = client.get("/api/statistics/indicators/", {"theme": "participation"}).json()
    assert [i["code"] for i in indicators["results"]] == ["councillors"]


@pytest.mark.parametrize("query", [{"sex": "<script>"}, {"geography": "mars"}])
def test_api_refuses_unknown_filters_clearly(client, councillors, query):
    response = client.get("/api/statistics/observations/", query, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "Use one of" in response.json()["error"]
    french = client.get("/api/statistics/observations/", query, HTTP_ACCEPT_LANGUAGE="fr")
    assert "Utilisez l'une de" in french.json()["error"]


def test_index_queries_do_not_grow_with_observations(client, statistics_page):
    themes = list(Theme.objects.all())
    indicators = [IndicatorFactory(theme=themes[n % 7]) for n in range(12)]
    for indicator in indicators:
        ObservationFactory(indicator=indicator, period="2024", sex="women")
    client.get("/fr/statistics/")
    few = count_queries(client, "/fr/statistics/")
    for indicator in indicators:
        for year in range(1925, 2024):
            for sex in ("women", "men"):
                ObservationFactory(indicator=indicator, period=str(year), sex=sex)
    client.get("/fr/statistics/")  # the change emptied the cache of the menu and footer
    many = count_queries(client, "/fr/statistics/")
    assert few == many
    first, second = (f"/fr/statistics/{indicator.code}/" for indicator in indicators[:2])
    client.get(first)
    assert count_queries(client, first) == count_queries(client, second)


def test_an_article_can_show_an_indicator_chart(client, councillors, homes):
    from tests.home.factories import ArticlePageFactory, ThemePageFactory

    theme = ThemePageFactory(parent=homes["fr"], slug="participation", title="Participation")
    body = json.dumps([{"type": "indicator_chart", "value": {"indicator": councillors.pk}}])
    article = ArticlePageFactory(parent=theme, slug="chart", body=body)
    content = client.get(article.url).content.decode()
    assert '<svg class="chart"' in content
    assert "En 2024 : 47,5 % pour les femmes" in content
    assert 'href="/fr/statistics/councillors/"' in content
