"""The admin in the staff editor's language: the workflows' and tasks' names,
stored in English (Wagtail's "Moderators approval", the library's "Library review"), on every
screen that shows them (women_portal/core/workflow_names.py), and the other texts of the
editor's page that Wagtail's catalogues left in English or got wrong. A name typed in the
admin is kept, and shown as typed."""

import html
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, Workflow
from wagtail.users.models import UserProfile

from library.review import ensure_library_review
from tests.core.untranslated import untranslated
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.library.test_review import submitted_item

QUOTED = {"ar": "'{}'", "fr": "«\xa0{}\xa0»"}  # as Wagtail's log messages quote a name
NAMES = {
    "ar": {
        "Moderators approval": "موافقة المشرفات",
        "Library review": "مراجعة وثائق المكتبة",
        "Editor's review of a library item": "مراجعة المحرّرة لوثيقة من المكتبة",
    },
    "fr": {
        "Moderators approval": "Validation des modératrices",
        "Library review": "Relecture de la bibliothèque",
        "Editor's review of a library item": (
            "Relecture d’un document de la bibliothèque par l’éditrice"
        ),
    },
}


def sign_in(client, user, language: str) -> None:
    """Through the admin's login form, with the admin in `language` (her profile's)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.logout()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": "pw"}
    )
    assert response.status_code == 302, response.content.decode()[:500]


def text_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return html.unescape(response.content.decode())


@pytest.fixture
def in_review(client, homes, library, organisation, contributor, editor):
    """A live article resubmitted to "Moderators approval" (Wagtail's workflow, on the
    root), and a library item a contributor submitted to "Library review"."""
    client.force_login(contributor)
    item = submitted_item(client, library, organisation)
    client.logout()
    article = ArticlePageFactory(parent=ThemePageFactory(parent=homes["ar"]))
    article.save_revision(user=editor)
    article.get_workflow().start(article, editor)
    return article, item


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_editor_reads_the_workflows_and_tasks_in_her_language(
    client, in_review, editor, language
):
    article, item = in_review
    names = NAMES[language]
    sign_in(client, editor, language)
    state = article.current_workflow_state
    screens = {
        # "Awaiting your review": each page's task
        "/admin/": (names["Moderators approval"], names["Editor's review of a library item"]),
        # The status side panel and the "Submit to …" action
        reverse("wagtailadmin_pages:edit", args=[article.pk]): (names["Moderators approval"],),
        reverse("wagtailadmin_pages:edit", args=[item.pk]): (names["Library review"],),
        reverse("wagtailadmin_pages:workflow_history", args=[article.pk]): (
            names["Moderators approval"],
        ),
        reverse("wagtailadmin_pages:workflow_history_detail", args=[article.pk, state.pk]): (
            names["Moderators approval"],
        ),
        # The log messages ("'…' started. Next step '…'"), which keep the names of the time
        reverse("wagtailadmin_pages:history", args=[article.pk]): (
            QUOTED[language].format(names["Moderators approval"]),
        ),
        reverse("wagtailadmin_reports:workflow"): (
            names["Moderators approval"],
            names["Library review"],
        ),
        reverse("wagtailadmin_reports:workflow_tasks"): (
            names["Moderators approval"],
            names["Editor's review of a library item"],
        ),
    }
    for url, shown in screens.items():
        page = text_of(client, url)
        for name in shown:
            assert name in page, (url, name)
        for stored in names:
            assert stored not in page, (url, stored)
        assert untranslated(page, language) == [], url  # nor any other English message


@pytest.mark.parametrize(
    "language, texts, wrong",
    [
        (
            "ar",
            (
                "إجراءات أخرى",
                "عرض الصفحة المنشورة",
                "الحفظ التلقائي <span>متوقف مؤقتا</span>",
                "عريض",
            ),
            ("انظر في الواقع", "Bold", "Italic"),
        ),
        (
            "fr",
            ("Plus d'actions", "Visualiser la version publiée", "<span>en pause</span>", "Gras"),
            (),
        ),
    ],
)
def test_the_editors_pages_speak_her_language(client, in_review, editor, language, texts, wrong):
    article, _item = in_review
    TaskState.objects.filter(pk=article.current_workflow_task_state.pk).update(
        started_at=timezone.now() - timedelta(minutes=5)
    )
    sign_in(client, editor, language)
    page = text_of(client, reverse("wagtailadmin_pages:edit", args=[article.pk]))
    # The list of the theme's pages: each has "View live" among its "More actions"
    page += text_of(client, reverse("wagtailadmin_explore", args=[article.get_parent().pk]))
    for text in texts:
        assert text in page, text
    for text in ("More actions", "View live", *wrong):
        assert text not in page, text
    # "Submitted to … 5 minutes ago": Wagtail's naturaltime, in django.contrib.humanize's
    # catalogue
    assert "5 minutes ago" not in page
    assert ("منذ 5\xa0دقائق" if language == "ar" else "il y a 5\xa0minutes") in page


def form_data(page: str) -> dict:
    """The fields of the admin page's main form, as a browser would send them."""
    form = BeautifulSoup(page, "html.parser").find("form", method=re.compile("post", re.I))
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button"):
            continue
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected.get("value", selected.text) if selected else ""
        elif field.name == "textarea":
            data[name] = field.text
        else:
            data[name] = field.get("value", "")
    return data


def test_a_name_saved_in_the_admin_is_kept_and_shown_as_typed(client, in_review, editor):
    article, _item = in_review
    administrator = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    workflow = Workflow.objects.get(name="Moderators approval")
    url = reverse("wagtailadmin_workflows:edit", args=[workflow.pk])
    article_url = reverse("wagtailadmin_pages:edit", args=[article.pk])

    # Shown in her language, saved unchanged: the English name stays, so French stays French.
    sign_in(client, administrator, "ar")
    form = form_data(client.get(url).content.decode())
    assert form["name"] == "موافقة المشرفات"
    assert client.post(url, form).status_code == 302
    workflow.refresh_from_db()
    assert str.__str__(workflow.name) == "Moderators approval"
    sign_in(client, editor, "fr")
    assert "Validation des modératrices" in text_of(client, article_url)

    # Her own name is what is stored, and what every language shows.
    sign_in(client, administrator, "ar")
    form["name"] = "مراجعة فريق التحرير"
    assert client.post(url, form).status_code == 302
    workflow.refresh_from_db()
    assert str.__str__(workflow.name) == "مراجعة فريق التحرير"
    sign_in(client, editor, "fr")
    page = text_of(client, article_url)
    assert re.search(r'id="title-text-workflow-status-dialog">\s*مراجعة فريق التحرير\s*<', page)


def test_the_library_keeps_its_workflow_renamed_in_the_admin(library):
    """After a rename, the next `migrate` (ensure_library_review) neither makes a second
    "Library review" nor takes the library from the workflow she renamed."""
    workflow = Workflow.objects.get(workflow_pages__page=library)
    workflow.name = "مراجعة الجمعيات"
    workflow.save()
    ensure_library_review()
    assert Workflow.objects.get(workflow_pages__page=library).pk == workflow.pk
    assert str.__str__(Workflow.objects.get(pk=workflow.pk).name) == "مراجعة الجمعيات"
    assert not Workflow.objects.filter(name="Library review").exists()
