"""Who may contribute to the library, and the "Library review" workflow their items go through.

Made sure of after every `migrate` (and whenever a library page is created), so a fresh
install is ready: contributors add items and submit them; only the reviewers (Wagtail's
"Moderators" group, which the staff editor is in) publish.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

CONTRIBUTORS = "Contributors"
REVIEWERS = "Moderators"
WORKFLOW = "Library review"
TASK = "Editor's review of a library item"
SUBMISSIONS_COLLECTION = "Library submissions"


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def contributors() -> Group:
    group, _created = Group.objects.get_or_create(name=CONTRIBUTORS)
    return group


def library_review() -> Workflow:
    """The library's workflow: the one its pages have, as an editor may have renamed it or
    chosen another (kept as she left it, tasks and all); else WORKFLOW, made with its task."""
    from .models import LibraryIndexPage

    assigned = (
        WorkflowPage.objects.filter(page__in=LibraryIndexPage.objects.all())
        .select_related("workflow")
        .first()
    )
    if assigned is not None:
        return assigned.workflow
    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK)
    task.groups.add(reviewers)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def open_for_contributions(library_page) -> None:
    """Contributors may add items under this library page, and those go to review."""
    GroupPagePermission.objects.get_or_create(
        group=contributors(), page=library_page, permission=permission("wagtailcore", "add_page")
    )
    WorkflowPage.objects.get_or_create(page=library_page, defaults={"workflow": library_review()})


def submissions_collection() -> Collection:
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=SUBMISSIONS_COLLECTION).first()
    return found or root.add_child(name=SUBMISSIONS_COLLECTION)


def ensure_library_review(**kwargs) -> None:
    for label in ("wagtailadmin", "wagtailcore", "wagtaildocs", "library"):
        create_permissions(apps.get_app_config(label), verbosity=0)

    group = contributors()
    group.permissions.add(permission("wagtailadmin", "access_admin"))
    collection = submissions_collection()
    for codename in ("add_document", "choose_document"):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission("wagtaildocs", codename)
        )
    reviewers, _created = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(
        *(permission("library", f"{action}_organisation") for action in ("add", "change", "delete"))
    )
    library_review()
    from .models import LibraryIndexPage

    for library_page in LibraryIndexPage.objects.all():
        open_for_contributions(library_page)


def is_reviewer(user) -> bool:
    """Editors manage organisations; contributors only file items under their own."""
    return user.has_perm("library.change_organisation")


# For makemessages: the names are stored in English, shown translated in the admin
# (the workflow's and the task's by women_portal/core/workflow_names.py).
_("Contributors")
_("Library review")
_("Editor's review of a library item")
