"""Contributing organisations propose services through the library's review workflow; the
editor publishes; another organisation's contributor never sees the draft."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from services.models import ServiceCategory, ServicePage
from tests.library.test_review import act
from tests.services.test_directory import listed


def service_form(organisation, action: str, **fields) -> dict:
    data = nested_form_data(
        {
            "title": "مكتب الإنصات بالدهماني",
            "slug": "listening-dahmani",
            "summary": "إنصات وتوجيه للنساء ضحايا العنف.",
            "organisation": organisation.pk,
            "delegation": "dahmani",
            "address": "",
            "directions": "",
            "hours": "",
            "cost": "free",
            "wheelchair_access": "",
            "children_welcome": "",
            "email": "",
            "website": "",
            "latitude": "",
            "longitude": "",
            "last_checked": "2026-11-30",
            "phones": inline_formset([{"number": "78 123 456"}]),
            "comments": inline_formset([]),
            **fields,
        }
    )
    data["categories"] = [ServiceCategory.objects.get(key="listening").pk]
    data[action] = "1"
    return data


def propose(client, help_page, data):
    url = reverse("wagtailadmin_pages:add", args=["services", "servicepage", help_page.pk])
    return client.post(url, data)


def test_a_contributor_proposes_the_editor_publishes(
    client, help_page, organisation, contributor, other_contributor, editor
):
    client.force_login(contributor)
    response = propose(client, help_page, service_form(organisation, "action-submit"))
    assert response.status_code == 302, response.context["form"].errors
    service = ServicePage.objects.get(slug="listening-dahmani", alias_of=None)
    assert not service.live and service.current_workflow_task is not None
    assert listed(client.get("/ar/help/").content.decode()) == []

    client.force_login(other_contributor)
    assert client.get(f"/admin/pages/{service.pk}/", follow=True).status_code == 404
    assert (
        "مكتب الإنصات"
        not in client.get(f"/admin/pages/{help_page.pk}/", follow=True).content.decode()
    )

    client.force_login(editor)
    assert act(client, service, "approve").status_code == 302
    html = client.get("/ar/help/").content.decode()
    assert listed(html) == ["مكتب الإنصات بالدهماني"] and 'href="tel:78123456"' in html


def test_a_bad_phone_number_is_refused_in_her_language_and_her_text_stays(
    client, help_page, organisation, contributor
):
    client.force_login(contributor)
    data = service_form(
        organisation, "action-submit", phones=inline_formset([{"number": "<script>"}])
    )
    response = propose(client, help_page, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "رقم الهاتف أرقام ومسافات فقط" in html and "إنصات وتوجيه للنساء" in html
    assert not ServicePage.objects.filter(slug="listening-dahmani").exists()


def test_a_contributor_files_services_only_under_her_own_organisation(
    client, help_page, organisation, contributor, other_contributor
):
    client.force_login(other_contributor)
    response = propose(client, help_page, service_form(organisation, "action-submit"))
    assert response.status_code == 200
    assert not ServicePage.objects.filter(slug="listening-dahmani").exists()
