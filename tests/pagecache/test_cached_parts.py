"""Members (and kiosks, and readers with a message) never get a whole cached page, but the
part of a page that is the same for everyone is rendered once per change of the site
(`{% cachedpart %}`): fewer queries, and never a stale or someone else's view."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction

from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.library.factories import DocumentFactory, LibraryIndexPageFactory, LibraryItemPageFactory
from women_portal.kiosk import devices
from women_portal.kiosk.models import KioskDevice
from women_portal.pagecache.cache import MAX_REMEMBERED, Chrome, purge_all, remember


@pytest.fixture
def member_client(client, db):
    member = get_user_model().objects.create_user("reader", "reader@example.org", "pw")
    client.force_login(member)
    return client


@pytest.fixture
def theme(homes):
    return ThemePageFactory(parent=homes["ar"], slug="poverty", title="الفقر")


@pytest.fixture
def library(homes):
    return LibraryIndexPageFactory(parent=homes["ar"])


def html(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    assert "X-Page-Cache" not in response  # never the whole-page cache for these readers
    return response.content.decode()


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        html(client, path)
    return len(captured.captured_queries)


def queries_of_a_fresh_render(client, path: str) -> int:
    purge_all()  # as any change does
    return queries(client, path)


@pytest.mark.parametrize("path", ["/ar/", "/ar/poverty/", "/ar/library/", "/ar/poverty/one/"])
def test_the_shared_part_is_rendered_once_for_members(member_client, theme, library, path):
    ArticlePageFactory(parent=theme, slug="one", title="مقال أول")
    LibraryItemPageFactory(parent=library, title="وثيقة أولى")
    first = html(member_client, path)
    assert queries(member_client, path) < queries_of_a_fresh_render(member_client, path)
    assert html(member_client, path) == first


def test_a_member_sees_a_new_article_and_library_item_at_once(member_client, theme, library):
    for path in ("/ar/", "/ar/poverty/", "/ar/library/"):
        html(member_client, path)
    ArticlePageFactory(parent=theme, slug="new", title="مقال جديد تماما")
    LibraryItemPageFactory(parent=library, title="وثيقة جديدة تماما")
    assert "مقال جديد تماما" in html(member_client, "/ar/")
    assert "مقال جديد تماما" in html(member_client, "/ar/poverty/")
    assert "وثيقة جديدة تماما" in html(member_client, "/ar/library/")


def test_a_page_made_private_leaves_the_lists_at_once(member_client, theme):
    article = ArticlePageFactory(parent=theme, slug="private", title="مقال سيصبح خاصا")
    assert "مقال سيصبح خاصا" in html(member_client, "/ar/poverty/")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert "مقال سيصبح خاصا" not in html(member_client, "/ar/poverty/")


def test_each_page_of_a_list_and_each_choice_of_filters_is_its_own(member_client, theme, library):
    for n in range(13):
        ArticlePageFactory(parent=theme, slug=f"a{n}", title=f"مقال رقم {n}")
    assert html(member_client, "/ar/poverty/") != html(member_client, "/ar/poverty/?page=2")
    LibraryItemPageFactory(parent=library, title="تقرير فقط", item_type="report")
    LibraryItemPageFactory(parent=library, title="دليل فقط", item_type="guide")
    reports = html(member_client, "/ar/library/?type=report")
    guides = html(member_client, "/ar/library/?type=guide")
    assert "تقرير فقط" in reports and "دليل فقط" not in reports
    assert "دليل فقط" in guides and "تقرير فقط" not in guides


def test_a_kiosk_and_a_phone_each_get_their_own_library_item(client, library):
    document = DocumentFactory(file=ContentFile(b"PK\x03\x04 spreadsheet", name="figures.xlsx"))
    LibraryItemPageFactory(parent=library, slug="figures", title="أرقام", document=document)
    html(client, "/ar/library/figures/")  # the first view reads the file (a change)
    on_phone = html(client, "/ar/library/figures/")
    assert " download>" in on_phone
    device = KioskDevice.objects.create(name="Citizen space PC", location="Town hall")
    client.cookies[settings.KIOSK_COOKIE_NAME] = devices.signed_token(device)
    on_kiosk = html(client, "/ar/library/figures/")
    assert " download>" not in on_kiosk
    with translation.override("ar"):
        notice = translation.gettext(
            "This document can only be downloaded, which this shared computer does not do: "
            "open it on your own phone or computer."
        )
    assert notice in on_kiosk and notice not in on_phone


def test_a_worker_keeps_a_bounded_number_of_values_whatever_readers_ask(homes):
    """Library filters name remembered values: endless combinations must not fill memory."""
    for n in range(MAX_REMEMBERED + 500):
        remember(f"library-facet:{n}", lambda n=n: n)
    assert len(Chrome.values) <= MAX_REMEMBERED


def test_a_foreign_host_name_is_refused_and_not_kept(client, homes, settings):
    settings.ALLOWED_HOSTS = ["testserver"]  # as production sets them
    assert client.get("/ar/", HTTP_HOST="evil.example").status_code == 400
    assert not any("evil.example" in name for name in Chrome.values)
    assert client.get("/ar/").status_code == 200
