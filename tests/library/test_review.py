"""Contributions through the "Library review" workflow, and who may do what in the admin."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from library.models import DocumentLanguage, LibraryItemPage
from tests.factories import publish_translation
from tests.library.factories import DocumentFactory, LibraryItemPageFactory, OrganisationFactory
from women_portal.core.models import Theme


def item_form(organisation, action: str, **fields) -> dict:
    data = nested_form_data(
        {
            "title": "دليل حقوق العاملات في الفلاحة",
            "slug": "farm-workers-guide",
            "description": "دليل عملي عن حقوق العاملات في الفلاحة.",
            "creators": "جمعية نساء الكاف",
            "organisation": organisation.pk if organisation else "",
            "publication_date": "2025-03-08",
            "item_type": "guide",
            "tags": "",
            "licence": "cc-by",
            "source_url": "",
            "video_url": "https://www.youtube.com/watch?v=gkjW9PZBRfk",
            "comments": inline_formset([]),
            **fields,
        }
    )
    data["languages"] = [DocumentLanguage.objects.get(code="ar").pk]
    data["themes"] = [Theme.objects.get(key="work").pk]
    data[action] = "1"
    return data


def add_item(client, library, data):
    url = reverse("wagtailadmin_pages:add", args=["library", "libraryitempage", library.pk])
    return client.post(url, data)


def submitted_item(client, library, organisation) -> LibraryItemPage:
    response = add_item(client, library, item_form(organisation, "action-submit"))
    assert response.status_code == 302, response.context["form"].errors
    return LibraryItemPage.objects.get(slug="farm-workers-guide", alias_of=None)


def act(client, item, action: str, comment: str = ""):
    task_state = item.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[item.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def test_contributor_submits_editor_approves_item_goes_public(
    client, library, organisation, contributor, editor
):
    client.force_login(contributor)
    item = submitted_item(client, library, organisation)
    assert not item.live
    assert item.workflow_in_progress
    assert item.current_workflow_task.name == "Editor's review of a library item"
    client.logout()
    assert client.get("/ar/library/farm-workers-guide/").status_code == 404
    assert "دليل حقوق العاملات" not in client.get("/ar/library/").content.decode()

    client.force_login(editor)
    assert act(client, item, "approve").status_code == 302
    client.logout()
    item.refresh_from_db()
    assert item.live
    assert "دليل حقوق العاملات" in client.get("/ar/library/").content.decode()
    assert client.get("/ar/library/farm-workers-guide/").status_code == 200


def test_contributor_cannot_publish(client, library, organisation, contributor):
    client.force_login(contributor)
    add_item(client, library, item_form(organisation, "action-publish"))
    item = LibraryItemPage.objects.filter(slug="farm-workers-guide").first()
    assert item is None or not item.live
    assert client.get("/ar/library/farm-workers-guide/").status_code == 404


def test_changes_requested_keep_the_item_hidden_and_the_contributor_is_told_why(
    client, library, organisation, contributor, editor
):
    client.force_login(contributor)
    item = submitted_item(client, library, organisation)
    mail.outbox.clear()
    client.force_login(editor)
    act(client, item, "reject", comment="أضيفي تاريخ النشر الصحيح من فضلك")
    item.refresh_from_db()
    assert not item.live
    assert not item.workflow_in_progress
    to_contributor = [message for message in mail.outbox if contributor.email in message.to]
    assert to_contributor, [message.to for message in mail.outbox]
    assert "أضيفي تاريخ النشر الصحيح" in to_contributor[0].body
    client.logout()
    assert client.get("/ar/library/farm-workers-guide/").status_code == 404


def test_the_editor_is_told_of_a_new_submission(client, library, organisation, contributor, editor):
    client.force_login(contributor)
    mail.outbox.clear()
    submitted_item(client, library, organisation)
    assert any(editor.email in message.to for message in mail.outbox)


def test_contributor_files_only_under_her_own_organisation(
    client, library, organisation, contributor
):
    client.force_login(contributor)
    stranger = OrganisationFactory(slug="stranger")
    response = add_item(client, library, item_form(stranger, "action-submit"))
    assert response.status_code == 200  # the form again, with the error
    assert not LibraryItemPage.objects.filter(slug="farm-workers-guide").exists()
    response = add_item(client, library, item_form(None, "action-submit"))
    assert not LibraryItemPage.objects.filter(slug="farm-workers-guide").exists()


def test_contributor_cannot_attach_a_file_someone_else_uploaded(
    client, library, organisation, contributor, editor
):
    someone_elses = DocumentFactory(uploaded_by_user=editor)
    client.force_login(contributor)
    form = item_form(organisation, "action-submit", document=someone_elses.pk, video_url="")
    add_item(client, library, form)
    assert not LibraryItemPage.objects.filter(slug="farm-workers-guide").exists()


def test_another_organisations_contributor_cannot_edit_or_see_the_draft(
    client, library, organisation, contributor, other_contributor
):
    client.force_login(contributor)
    item = submitted_item(client, library, organisation)
    client.force_login(other_contributor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[item.pk]))
    assert edit.status_code in (302, 403)
    post = client.post(
        reverse("wagtailadmin_pages:edit", args=[item.pk]),
        item_form(organisation, "action-submit", title="عنوان مزور"),
    )
    assert post.status_code in (302, 403)
    item.refresh_from_db()
    assert item.get_latest_revision_as_object().title == "دليل حقوق العاملات في الفلاحة"


def test_contributor_cannot_touch_published_items_or_other_sections(
    client, homes, library, contributor
):
    published = LibraryItemPageFactory(parent=library, slug="published")
    client.force_login(contributor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[published.pk])).status_code in (
        302,
        403,
    )
    delete = reverse("wagtailadmin_pages:delete", args=[published.pk])
    client.post(delete)
    assert Page.objects.filter(pk=published.pk).exists()
    # Only the library is open to contributors, not the editorial pages under the home page.
    add_under_home = reverse("wagtailadmin_pages:add_subpage", args=[homes["ar"].pk])
    assert client.get(add_under_home).status_code in (302, 403)


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_people_without_admin_access_cannot_add_items(client, library, member, who):
    if who == "member":
        client.force_login(member)
    url = reverse("wagtailadmin_pages:add", args=["library", "libraryitempage", library.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_fresh_library_page_is_open_to_contributions(homes, contributor):
    from library.review import WORKFLOW
    from tests.library.factories import LibraryIndexPageFactory

    new_library = LibraryIndexPageFactory(parent=homes["ar"])
    assert new_library.get_workflow().name == WORKFLOW
    assert new_library.permissions_for_user(contributor).can_add_subpage()
    assert not new_library.permissions_for_user(contributor).can_publish_subpage()


def test_a_file_in_review_is_private_until_its_item_is_published(
    client, library, organisation, contributor, other_contributor, editor, member
):
    from library.review import submissions_collection

    document = DocumentFactory(uploaded_by_user=contributor, collection=submissions_collection())
    client.force_login(contributor)
    form = item_form(organisation, "action-submit", document=document.pk, video_url="")
    assert add_item(client, library, form).status_code == 302
    item = LibraryItemPage.objects.get(slug="farm-workers-guide", alias_of=None)

    def status(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client.get(document.url).status_code

    assert status(None) == 404
    assert status(member) == 404
    assert status(other_contributor) == 404
    assert status(contributor) == 200
    assert status(editor) == 200

    client.force_login(editor)
    act(client, item, "approve")
    assert status(None) == 200  # published: the file is public


def test_the_admin_api_lists_a_file_in_review_only_to_those_who_may_fetch_it(
    client, library, organisation, contributor, other_contributor, editor
):
    from library.review import submissions_collection

    document = DocumentFactory(
        title="شكوى سرية", uploaded_by_user=contributor, collection=submissions_collection()
    )
    client.force_login(contributor)
    form = item_form(organisation, "action-submit", document=document.pk, video_url="")
    assert add_item(client, library, form).status_code == 302
    item = LibraryItemPage.objects.get(slug="farm-workers-guide", alias_of=None)

    def seen_by(user) -> tuple[bool, int]:
        client.force_login(user)
        listing = client.get("/admin/api/main/documents/").json()["items"]
        # A 404 outside the language prefix is sent on to /ar/…, which is not found either.
        detail = client.get(f"/admin/api/main/documents/{document.pk}/", follow=True)
        listed = any(found["id"] == document.pk for found in listing)
        return listed, detail.status_code

    assert seen_by(other_contributor) == (False, 404)
    assert seen_by(contributor) == (True, 200)
    assert seen_by(editor) == (True, 200)

    client.force_login(editor)
    act(client, item, "approve")
    assert seen_by(other_contributor) == (True, 200)  # published: the file is public


def test_the_chooser_hands_a_contributor_her_own_files_only(
    client, contributor, other_contributor, editor
):
    from library.review import submissions_collection

    hers = DocumentFactory(title="تقرير أمينة", uploaded_by_user=contributor)
    theirs = DocumentFactory(title="شكوى سرية", uploaded_by_user=other_contributor)
    for document in (hers, theirs):
        document.collection = submissions_collection()
        document.save()

    def chosen(user, document):
        client.force_login(user)
        return client.get(f"/admin/documents/chooser/chosen/{document.pk}/")

    assert chosen(contributor, hers).json()["result"]["title"] == "تقرير أمينة"
    # A 404 outside the language prefix is sent on to /ar/…, which is not found either.
    refused = client.get(f"/admin/documents/chooser/chosen/{theirs.pk}/", follow=True)
    assert refused.status_code == 404 and "شكوى سرية" not in refused.content.decode()
    assert chosen(editor, theirs).json()["result"]["title"] == "شكوى سرية"
    client.logout()
    assert client.get(f"/admin/documents/chooser/chosen/{hers.pk}/").status_code == 302  # sign in
    client.force_login(contributor)
    assert client.get("/admin/documents/chooser/chosen/abc/", follow=True).status_code == 404


def test_another_organisations_draft_is_not_listed_to_a_contributor(
    client, library, organisation, contributor, other_contributor, editor
):
    client.force_login(contributor)
    item = submitted_item(client, library, organisation)
    title = "دليل حقوق العاملات في الفلاحة"

    def shown_to(user) -> dict[str, bool]:
        client.logout()  # and the message "submitted for moderation" with it
        client.force_login(user)
        explorer = client.get(f"/admin/pages/{library.pk}/").content.decode()
        listing = client.get(f"/admin/api/main/pages/?child_of={library.pk}").json()["items"]
        detail = client.get(f"/admin/api/main/pages/{item.pk}/", follow=True)
        return {
            "explorer": title in explorer,
            "listing": any(found["id"] == item.pk for found in listing),
            "detail": detail.status_code == 200 and title in detail.content.decode(),
        }

    assert shown_to(other_contributor) == {"explorer": False, "listing": False, "detail": False}
    assert shown_to(contributor) == {"explorer": True, "listing": True, "detail": True}
    assert shown_to(editor) == {"explorer": True, "listing": True, "detail": True}


ADMIN_VIEWS = {
    "site history": "/admin/reports/site-history/",
    "page search": "/admin/pages/search/?q=الفلاحة",
    "page's own listing": "/admin/pages/{item}/",
    "workflow report": "/admin/reports/workflow/",
    "tasks report": "/admin/reports/workflow_tasks/",
    "pages awaiting review": "/admin/reports/",
    "dashboard": "/admin/",
    "locked pages": "/admin/reports/locked/",
    "aging pages": "/admin/reports/aging-pages/",
}


def test_no_admin_view_shows_a_contributor_another_organisations_draft(
    client, library, organisation, contributor, other_contributor, editor
):
    """Every admin view where a page's title or its author's name can appear: the other
    organisation's contributor finds neither the draft's title nor who filed it. (The library
    exists in every language, as on the site: a page created where a language lacks its
    parent also creates that parent's alias, in her name.)"""
    for code in ("fr", "en"):
        publish_translation(library, code)
    client.force_login(contributor)
    item = submitted_item(client, library, organisation)
    client.logout()
    client.force_login(other_contributor)
    leaks = []
    for name, path in ADMIN_VIEWS.items():
        response = client.get(path.format(item=item.pk), follow=True)
        page = response.content.decode()
        for text in ("العاملات في الفلاحة", contributor.username):
            if text in page:
                leaks.append(
                    f"{name} ({path}): {page[page.index(text) - 300 : page.index(text) + 50]}"
                )
    assert leaks == [], leaks
    client.logout()
    client.force_login(editor)
    history = client.get("/admin/reports/site-history/").content.decode()
    assert "العاملات في الفلاحة" in history  # the reviewers still see everything


def test_the_organisation_chooser_offers_a_contributor_her_own_organisations_only(
    client, library, organisation, contributor, other_contributor
):
    client.force_login(contributor)
    url = reverse("wagtailadmin_pages:add", args=["library", "libraryitempage", library.pk])
    form = client.get(url).content.decode()
    assert f'<option value="{organisation.pk}">{organisation.name}</option>' in form
    assert "جمعية أخرى" not in form
