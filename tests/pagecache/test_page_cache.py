"""Anonymous readers get cached pages; every change they should see empties the cache."""

import pytest
from django.core.cache import cache
from wagtail.models import Site

from tests.factories import HelplineFactory, StandardPageFactory
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.statistics.factories import IndicatorFactory, ObservationFactory
from women_portal.core.models import PortalSettings
from women_portal.statistics.importer import apply, plan_import
from women_portal.statistics.models import StatisticsIndexPage

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def theme(homes):
    return ThemePageFactory(parent=homes["ar"], slug="poverty", title="الفقر")


def get(client, path, **extra):
    response = client.get(path, **extra)
    assert response.status_code == 200, path
    return response


def test_second_anonymous_request_is_served_from_the_cache(
    client, theme, django_assert_num_queries
):
    assert get(client, "/ar/poverty/")["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = get(client, "/ar/poverty/")
    assert response["X-Page-Cache"] == "hit"
    assert response["Content-Type"].startswith("text/html")


def test_readers_with_a_session_are_never_served_a_shared_page(client, theme, django_user_model):
    get(client, "/ar/poverty/")
    client.force_login(django_user_model.objects.create_user("member", "m@example.org", "pw"))
    assert "X-Page-Cache" not in get(client, "/ar/poverty/")


@pytest.mark.parametrize("path", ["/ar/", "/ar/poverty/", "/ar/feed/"])
def test_publishing_an_article_shows_at_once_on_home_theme_and_feed(client, theme, path):
    get(client, path)
    ArticlePageFactory(parent=theme, slug="new", title="مقال جديد تماما")
    assert "مقال جديد تماما" in get(client, path).content.decode()


def test_unpublishing_and_deleting_remove_the_article_at_once(client, theme):
    article = ArticlePageFactory(parent=theme, slug="gone", title="مقال سيختفي")
    assert "مقال سيختفي" in get(client, "/ar/poverty/").content.decode()
    article.unpublish()
    assert "مقال سيختفي" not in get(client, "/ar/poverty/").content.decode()
    other = ArticlePageFactory(parent=theme, slug="deleted", title="مقال سيحذف")
    assert "مقال سيحذف" in get(client, "/ar/poverty/").content.decode()
    other.delete()
    assert "مقال سيحذف" not in get(client, "/ar/poverty/").content.decode()


def test_changing_settings_or_a_helpline_shows_at_once(client, homes):
    get(client, "/fr/")
    portal_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal_settings.quick_exit_url = "https://weather.example/"
    portal_settings.save()
    assert "https://weather.example/" in get(client, "/fr/").content.decode()
    HelplineFactory(number="80 100 200")
    assert "80 100 200" in get(client, "/ar/").content.decode()


def test_an_import_shows_at_once_on_the_statistics_pages(
    client, homes, django_capture_on_commit_callbacks
):
    page = StatisticsIndexPage(title="الإحصائيات", slug="statistics")
    homes["ar"].add_child(instance=page)
    page.save_revision().publish()
    indicator = IndicatorFactory(code="jobs")
    ObservationFactory(indicator=indicator, period="2023", sex="women", value="10")
    ObservationFactory(indicator=indicator, period="2023", sex="men", value="20")
    get(client, "/ar/statistics/")
    get(client, "/ar/statistics/jobs/")
    with_2024 = "indicator,period,geography,sex,value\njobs,2024,municipality,women,33\njobs,2024,municipality,men,44\n"
    with django_capture_on_commit_callbacks(execute=True):
        apply(plan_import(with_2024.encode()))
    assert "33" in get(client, "/ar/statistics/").content.decode()
    assert "2024" in get(client, "/ar/statistics/jobs/").content.decode()


def test_pages_with_a_form_for_this_reader_are_not_cached(client, homes):
    StandardPageFactory(parent=homes["ar"], slug="about")
    get(client, "/ar/about/")
    assert get(client, "/ar/about/")["X-Page-Cache"] == "hit"
    assert client.get("/ar/missing/").status_code == 404
    assert client.get("/ar/missing/")["X-Page-Cache"] == "miss"  # errors are never stored


def test_an_emptied_shared_cache_is_not_outlived_by_what_a_worker_remembers(client, homes):
    """The menu and footer are also kept in each worker, for the current generation: when
    the shared cache is emptied (Redis restarted), a new generation starts and they go."""
    helpline = HelplineFactory(number="80 100 200")
    assert "80 100 200" in get(client, "/ar/").content.decode()
    type(helpline).objects.filter(pk=helpline.pk).update(number="80 999 999")  # no signal
    cache.clear()
    page = get(client, "/ar/").content.decode()
    assert "80 999 999" in page and "80 100 200" not in page


def test_what_a_reader_is_shown_while_a_change_is_saved_goes_once_it_is_committed(
    client, homes, django_capture_on_commit_callbacks
):
    """The cache is emptied as a change is saved and again when it is committed: a page read
    in between (from the database as it still was) is not kept for the new state."""
    with django_capture_on_commit_callbacks(execute=True):
        helpline = HelplineFactory(number="80 100 200")
        type(helpline).objects.filter(pk=helpline.pk).update(number="80 999 999")  # no signal
        assert "80 999 999" in get(client, "/ar/").content.decode()  # a read before the commit
        type(helpline).objects.filter(pk=helpline.pk).update(number="80 100 200")
    assert "80 100 200" in get(client, "/ar/").content.decode()
