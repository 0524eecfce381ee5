"""The municipality counts kiosk sessions, their length and the sections visited — and
nothing about who used the kiosk or what she read."""

import csv
import io

from django.utils import timezone

from tests.forum.test_forum import member as make_member
from tests.library.factories import DocumentFactory, LibraryIndexPageFactory, LibraryItemPageFactory
from women_portal.kiosk.models import KioskVisit
from women_portal.kiosk.visits import SECTIONS


def test_a_visit_is_counted_with_its_sections(kiosk_client, member, homes, kiosk_staff):
    kiosk_client.get("/ar/kiosk/")
    assert not KioskVisit.objects.exists()  # the start page, waiting: nobody yet
    kiosk_client.force_login(member)
    for url in ("/ar/", "/ar/forum/", "/ar/search/?q=عمل", "/ar/accounts/profile/"):
        assert kiosk_client.get(url).status_code == 200
    kiosk_client.post("/ar/kiosk/end/", {"reason": "button"})

    visit = KioskVisit.objects.get()
    assert sorted(visit.sections) == ["account", "forum", "home", "search"]
    assert visit.end_reason == "button"
    assert visit.ended_at >= visit.started_at

    staff = kiosk_client.__class__()
    staff.force_login(kiosk_staff)
    page = staff.get("/admin/kiosk/usage/").content.decode()
    assert "استعمال الكشك" in page and timezone.localdate(visit.started_at).isoformat() in page
    export = staff.get("/admin/kiosk/usage/?export=csv")
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert len(rows[0]) == 3 + len(SECTIONS)  # day, sessions, average length, sections
    assert rows[1][3 + SECTIONS.index("forum")] == "1"
    assert rows[1][0] == timezone.localdate(visit.started_at).isoformat() and rows[1][1] == "1"
    text = export.content.decode()
    for personal in (member.username, member.email, "نجلاء", "عمل", "127.0.0.1"):
        assert personal not in text


def test_usage_is_for_staff_only(client, homes):
    client.force_login(make_member("contributor-k", "مساهمة", "Contributors"))
    assert client.get("/admin/kiosk/usage/").status_code == 302
    assert client.get("/admin/kiosk/usage/?export=csv").status_code == 302


def test_library_documents_open_inline_on_a_kiosk(kiosk_client, homes):
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(parent=library, document=DocumentFactory(), video_url="")
    page = kiosk_client.get(item.url).content.decode()
    assert f'href="{item.document.url}">' in page  # read online
    assert " download>" not in page
    document = kiosk_client.get(item.document.url)
    assert document["Content-Disposition"].startswith("inline")
    del kiosk_client.cookies["kiosk_device"]
    assert " download>" in kiosk_client.get(item.url).content.decode()


def test_the_staff_member_at_the_kiosk_is_not_counted_as_a_visit(kiosk_client, kiosk_staff):
    kiosk_client.force_login(kiosk_staff)
    for url in ("/admin/", "/admin/kiosk_devices/"):
        kiosk_client.get(url)
    assert not KioskVisit.objects.exists()
