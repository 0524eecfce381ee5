import pytest

from tests.factories import publish_translation
from women_portal.statistics.models import StatisticsIndexPage


@pytest.fixture
def statistics_page(homes):
    page = StatisticsIndexPage(title="الإحصائيات", slug="statistics")
    homes["ar"].add_child(instance=page)
    page.save_revision().publish()
    publish_translation(page, "fr", title="Statistiques")
    return page
