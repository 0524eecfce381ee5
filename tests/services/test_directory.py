"""/<lang>/help/: the national lines first, then services filtered by kind of help and
delegation with plain links that say how many services they lead to."""

import datetime
import re

import pytest

from tests.home.factories import ThemePageFactory
from tests.queries import count_queries
from tests.services.factories import ServicePageFactory
from women_portal.core.models import Theme


def listed(html: str) -> list[str]:
    return re.findall(r'class="service-card__title" href="[^"]*"[^>]*>([^<]*)<', html)


def count_in(html: str, label: str) -> int:
    return int(re.search(rf">{re.escape(label)} <span class=\"chips__count\">\((\d+)\)", html)[1])


def test_filters_combine_and_count(client, help_page):
    east = {"parent": help_page, "delegation": "kef-est"}
    ServicePageFactory(**east, title="مكتب قانوني", categories=["legal"])
    ServicePageFactory(**east, title="مركز إنصات", categories=["listening", "violence"])
    ServicePageFactory(
        parent=help_page, title="تكوين في نبر", categories=["work"], delegation="nebeur"
    )
    ServicePageFactory(parent=help_page, title="إيواء", categories=["shelter"], delegation="")
    html = client.get("/ar/help/").content.decode()
    assert sorted(listed(html)) == sorted(["مكتب قانوني", "مركز إنصات", "تكوين في نبر", "إيواء"])
    # The whole governorate's shelter counts in every delegation.
    assert count_in(html, "نبر") == 2 and count_in(html, "الكاف الشرقية") == 3
    assert count_in(html, "المساعدة القانونية") == 1

    html = client.get("/ar/help/", {"delegation": "nebeur"}).content.decode()
    assert sorted(listed(html)) == ["إيواء", "تكوين في نبر"]
    assert count_in(html, "التشغيل والتكوين والقروض الصغرى") == 1
    filters = re.search(r'<nav class="help__filters".*?</nav>', html, re.S).group(0)
    assert "المساعدة القانونية" not in filters  # no service of that kind there

    html = client.get("/ar/help/", {"delegation": "nebeur", "category": "work"}).content
    assert listed(html.decode()) == ["تكوين في نبر"]
    html = client.get("/ar/help/", {"delegation": "kef-est", "category": "work"}).content
    assert listed(html.decode()) == [] and "لا توجد خدمة تطابق هذه الاختيارات" in html.decode()


@pytest.mark.parametrize(
    "params", [{"category": "<script>"}, {"delegation": "' OR 1=1 --"}, {"category": "x" * 5000}]
)
def test_unknown_choices_are_as_if_nothing_was_chosen(client, help_page, params):
    ServicePageFactory(parent=help_page, title="مكتب قانوني")
    response = client.get("/ar/help/", params)
    assert response.status_code == 200
    assert listed(response.content.decode()) == ["مكتب قانوني"]
    assert "<script>" not in response.content.decode()


def test_unpublished_and_private_services_are_never_shown(client, help_page):
    ServicePageFactory(parent=help_page, title="منشورة")
    ServicePageFactory(parent=help_page, title="مسحوبة").unpublish()
    ServicePageFactory(parent=help_page, title="مسودة", live=False)
    assert listed(client.get("/ar/help/").content.decode()) == ["منشورة"]


def test_a_service_page_says_how_to_reach_it_and_dials_its_numbers(client, help_page):
    service = ServicePageFactory(
        parent=help_page,
        title="مركز إنصات",
        phones=["78 200 300", "+216 71 000 000"],
        latitude="36.17420",
        longitude="8.70490",
        address="نهج الحرية",
        hours="8:00–16:00",
    )
    html = client.get(service.url).content.decode()
    assert 'href="tel:78200300"' in html and 'href="tel:+21671000000"' in html
    assert "نهج الحرية" in html and "8:00–16:00" in html
    # A plain link: nothing of the map is loaded before she follows it.
    assert 'href="https://www.openstreetmap.org/?mlat=36.17420&amp;mlon=8.70490' in html
    assert "<iframe" not in html


def test_each_theme_page_shows_its_own_kinds_of_help(client, help_page, homes):
    ServicePageFactory(parent=help_page, title="مركز إنصات", categories=["listening"])
    ServicePageFactory(parent=help_page, title="تكوين", categories=["work"])
    protection = ThemePageFactory(
        parent=homes["ar"], slug="protection", theme=Theme.objects.get(key="protection")
    )
    work = ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    html = client.get(protection.url).content.decode()
    assert "مركز إنصات" in html and "تكوين" not in listed(html)
    html = client.get(work.url).content.decode()
    assert listed(html) == ["تكوين"] and 'href="/ar/help/?category=work"' in html


def test_services_unchecked_for_a_year_are_listed_for_the_editor(admin_client, help_page):
    ServicePageFactory(parent=help_page, title="قديمة", last_checked=datetime.date(2020, 1, 1))
    ServicePageFactory(parent=help_page, title="حديثة")
    html = admin_client.get("/admin/reports/services-to-check/").content.decode()
    assert "قديمة" in html and "حديثة" not in html


def test_queries_stay_flat_as_services_grow(client, help_page):
    def queries() -> int:
        client.get("/ar/help/?delegation=kef-est")  # what every page remembers, remembered
        return count_queries(client, "/ar/help/?delegation=kef-est")

    ServicePageFactory.create_batch(3, parent=help_page, phones=["78 000 000"])
    few = queries()
    ServicePageFactory.create_batch(12, parent=help_page, phones=["78 000 000"])
    assert queries() == few


def test_services_are_found_in_their_own_group_of_the_search(client, help_page):
    ServicePageFactory(
        parent=help_page, title="مركز إنصات", summary="إنصات للنساء ضحايا العنف في الدهماني"
    )
    ServicePageFactory(parent=help_page, title="مسودة إنصات", live=False)
    html = client.get("/ar/search/", {"q": "الدهماني"}).content.decode()
    group = re.search(r'<section aria-labelledby="group-services">.*?</section>', html, re.S)
    assert group and "مركز إنصات" in group.group(0) and "أين أجد المساعدة" in group.group(0)
    assert "مسودة" not in html
