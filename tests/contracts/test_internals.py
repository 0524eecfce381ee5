"""Where the portal relies on something a library does not promise, a test pins it: an
upgrade that changes it fails here, by name, instead of quietly serving wrong pages."""

from pathlib import Path

import pytest
from django.db import connection
from django.test import RequestFactory
from machina import MACHINA_MAIN_TEMPLATE_DIR
from wagtail.models import Site

from forum.template_loader import FIXES, TEMPLATE_FIXES

pytestmark = pytest.mark.django_db


def test_wagtail_takes_the_site_the_page_cache_hands_it():
    """KnownSiteMiddleware remembers the site per host and sets request._wagtail_site, where
    Site.find_for_request looks first (and stores what it finds)."""
    request = RequestFactory().get("/")
    remembered = Site(hostname="remembered.example")
    request._wagtail_site = remembered
    assert Site.find_for_request(request) is remembered

    fresh = RequestFactory().get("/")
    found = Site.find_for_request(fresh)
    assert fresh._wagtail_site is found


def test_the_search_index_table_has_what_the_ranking_reads():
    """women_portal/search/ranking.py reads Wagtail's (modelsearch's) index table in SQL."""
    with connection.cursor() as cursor:
        columns = {
            column.name
            for column in connection.introspection.get_table_description(
                cursor, "wagtailsearch_indexentry"
            )
        }
    assert {"id", "object_id", "content_type_id", "title", "body", "title_norm"} <= columns


def machina_templates() -> dict[str, str]:
    root = Path(MACHINA_MAIN_TEMPLATE_DIR)
    return {str(path.relative_to(root)): path.read_text() for path in root.rglob("*.html")}


@pytest.mark.parametrize("old", [old for old, _ in FIXES], ids=lambda old: old[:40])
def test_every_fix_of_machina_templates_still_finds_its_text(old):
    """forum/template_loader.py rewrites machina's templates as they load; a fix whose text
    machina no longer has would silently stop applying (an inaccessible button, a style
    the Content-Security-Policy refuses)."""
    assert any(old in text for text in machina_templates().values())


def test_every_fix_of_one_template_finds_its_text():
    templates = machina_templates()
    for name, fixes in TEMPLATE_FIXES.items():
        for old, _ in fixes:
            assert old in templates[name], (name, old)


def test_the_document_choosers_chosen_step_is_the_portals():
    """library/admin_views.py stands in for Wagtail's "chosen" step at its address: the
    address Wagtail's chooser calls must still be that one."""
    from django.urls import resolve, reverse

    from library.admin_views import chosen_document

    address = reverse("wagtaildocs_chooser:chosen", args=[7])
    assert resolve(address).func is chosen_document


def test_the_database_search_results_are_a_query():
    """library/browse.py filters the library by the search's own query (a subquery, every
    match): the database backends' results build it in get_queryset()."""
    from django.db.models import QuerySet

    from library.models import LibraryItemPage

    found = LibraryItemPage.objects.live().search("word", order_by_relevance=False)
    assert isinstance(found.get_queryset(), QuerySet)


def test_the_task_queue_keeps_what_the_recovery_of_dead_workers_reads(settings):
    """women_portal/core/task_recovery.py counts a task's runs from DBTaskResult.worker_ids,
    to which claim() adds the worker's id; db_worker takes our worker ids (64 characters at
    most) and a RUNNING task set back to READY; its worker sends django-tasks' signal."""
    import django_tasks.signals
    from django_tasks import TaskResultStatus
    from django_tasks_db import compat
    from django_tasks_db.management.commands.db_worker import validate_worker_id
    from django_tasks_db.models import DBTaskResult

    from library.tasks import analyse_document
    from women_portal.core.task_recovery import new_worker_id

    assert compat.task_finished is django_tasks.signals.task_finished
    longest = f"{'h' * 40}:4194304:{'r' * 8}"  # host cut to 40, Linux's largest pid
    for worker_id in (new_worker_id(), longest):
        assert validate_worker_id(worker_id) == worker_id

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = analyse_document.enqueue(0)
    row = DBTaskResult.objects.get(pk=result.id)
    row.claim("first")
    assert list(DBTaskResult.objects.running()) == [row]
    DBTaskResult.objects.filter(pk=row.pk).update(status=TaskResultStatus.READY)
    DBTaskResult.objects.ready().get().claim("second")
    result.refresh()
    assert result.worker_ids == ["first", "second"] and result.attempts == 2


def test_wagtails_user_admin_is_the_portals_limited_one():
    """women_portal/core/users.py: Wagtail builds its user admin from the user_viewset of
    the wagtailusers app config in INSTALLED_APPS (users_app.py), with the forms its
    get_form_class returns, whose is_superuser and groups fields are the ones limited; the
    user list's bulk actions come from the registry, where the later registration of an
    action type (ours, order 1) wins; a bulk action finds its objects through
    self.get_queryset(), which ours limits."""
    import inspect

    from django.apps import apps
    from django.urls import resolve
    from wagtail.admin.views.bulk_action import BulkAction
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry
    from wagtail.users import forms

    from women_portal.core import users

    assert apps.get_app_config("wagtailusers").user_viewset == "women_portal.core.users.UserViewSet"
    for address, view in (
        ("/admin/users/", users.IndexView),
        ("/admin/users/new/", users.CreateView),
        ("/admin/users/edit/1/", users.EditView),
        ("/admin/users/copy/1/", users.CopyView),
        ("/admin/users/delete/1/", users.DeleteView),
        ("/admin/users/history/1/", users.HistoryView),
        ("/admin/users/usage/1/", users.UsageView),
    ):
        assert resolve(address).func.view_class is view, address
    for form in (forms.UserCreationForm, forms.UserEditForm):
        assert {"is_superuser", "groups"} <= set(form.base_fields)
    actions = set(bulk_action_registry.get_bulk_actions_for_model("auth", "user"))
    assert actions == set(users.BULK_ACTIONS)
    assert "self.get_queryset(self.model, object_ids)" in inspect.getsource(
        BulkAction.get_actionable_objects
    )


def test_the_user_creation_template_is_wagtails_but_for_the_administrator_field():
    """women_portal/core/templates/wagtailusers/users/create.html stands in for Wagtail's:
    the same but for a comment and the guard around the "Administrator" field, which the
    staff editor's form has not (its edit.html has that guard already)."""
    import wagtail.users

    name = "wagtailusers/users/create.html"
    wagtails = (Path(wagtail.users.__file__).parent / "templates" / name).read_text()
    ours = (Path(__file__).parents[2] / "women_portal" / "core" / "templates" / name).read_text()
    field = "<li>{% formattedfield form.is_superuser %}</li>"
    guarded = (
        "{% if form.is_superuser %}\n"
        f"                        {field}\n"
        "                    {% endif %}"
    )
    first, comment, rest = ours.split("\n", 2)
    assert comment.startswith("{#") and comment.endswith("#}")
    assert f"{first}\n{rest}".replace(guarded, field) == wagtails
