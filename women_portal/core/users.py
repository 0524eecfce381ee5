"""The associations' accounts, which the staff editor manages herself (docs/editor-guide.md):
Wagtail's user admin, limited for anyone but a superuser to the accounts that are in the
Contributors group and in no other (library/review.py), without their own permissions, and
not superusers. She lists, searches, adds, changes (name, e-mail, password, active or not)
and copies those; puts them in no group but Contributors; never sees the "Administrator"
box. Any other account (a superuser, other staff, a forum member, whose e-mail address is
private) is not in her list, and its addresses answer 404 — the forms and the views refuse,
not only the page. A superuser keeps Wagtail's whole user admin.

The permissions (add and change users, not delete: she deactivates an account, which keeps
who wrote what) are given to her group in editors.py. Wagtail's own mechanisms: the user
viewset named by the wagtailusers app config (users_app.py, in INSTALLED_APPS instead of
"wagtail.users"), its views and forms subclassed, and the users' bulk actions registered
again over Wagtail's (tests/contracts/test_internals.py pins what this relies on).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.http import Http404
from django.shortcuts import get_list_or_404
from django.utils.translation import gettext
from wagtail.admin.views.generic import CopyView as WagtailCopyView
from wagtail.admin.views.generic.usage import UsageView as WagtailUsageView
from wagtail.users import forms as wagtail_forms
from wagtail.users.views import users as wagtail_users
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from library.review import CONTRIBUTORS

User = get_user_model()

# The groups whose accounts she manages, and the only ones she may put an account in.
# Not "Moderators": they moderate the forum and publish; the superuser appoints them.
ASSIGNABLE_GROUPS = (CONTRIBUTORS,)


def assignable_groups(user):
    if user is not None and user.is_superuser:
        return Group.objects.all()
    return Group.objects.filter(name__in=ASSIGNABLE_GROUPS)


def manageable_users(user):
    """The accounts `user` may see and change in the user admin."""
    users = User._default_manager.all()
    if user is not None and user.is_superuser:
        return users
    other_groups = Group.objects.exclude(name__in=ASSIGNABLE_GROUPS)
    return (
        users.filter(is_superuser=False)
        .filter(pk__in=User.objects.filter(groups__name__in=ASSIGNABLE_GROUPS).values("pk"))
        .exclude(pk__in=User.objects.filter(groups__in=other_groups).values("pk"))
        .exclude(pk__in=User.objects.filter(user_permissions__isnull=False).values("pk"))
    )


# --- the forms ------------------------------------------------------------------------------


class LimitedRolesMixin:
    """For anyone but a superuser: no "Administrator" field (a crafted is_superuser=on is
    ignored), and the groups field offers, and accepts, only the assignable groups; an
    account must be in one of them. Without `for_user`, limited too."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        if for_user is not None and for_user.is_superuser:
            return
        self.fields.pop("is_superuser", None)
        groups = self.fields["groups"]
        groups.queryset = assignable_groups(for_user)
        groups.required = True
        groups.label_from_instance = lambda group: gettext(group.name)  # library/review.py
        if self.instance.pk is None and not self.is_bound:
            self.initial.setdefault("groups", [group.pk for group in groups.queryset])


class UserCreationForm(LimitedRolesMixin, wagtail_forms.UserCreationForm):
    pass


class UserEditForm(LimitedRolesMixin, wagtail_forms.UserEditForm):
    pass


# --- the views ------------------------------------------------------------------------------


class ManageableOnlyMixin:
    """An account outside manageable_users() does not exist, whatever the view."""

    def get_object(self, *args, **kwargs):
        user = super().get_object(*args, **kwargs)
        if not manageable_users(self.request.user).filter(pk=user.pk).exists():
            raise Http404
        return user


class FormForUserMixin:
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["for_user"] = self.request.user
        return kwargs


class UserFilterSet(wagtail_users.UserFilterSet):
    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        user = getattr(request, "user", None)
        if user is None or not user.is_superuser:
            self.filters.pop("is_superuser", None)
            self.filters["group"].queryset = assignable_groups(user)


class IndexView(wagtail_users.IndexView):
    def get_base_queryset(self):
        users = super().get_base_queryset()
        if self.request.user.is_superuser:
            return users
        return users.filter(pk__in=manageable_users(self.request.user).values("pk"))


class CreateView(FormForUserMixin, wagtail_users.CreateView):
    pass


class EditView(ManageableOnlyMixin, FormForUserMixin, wagtail_users.EditView):
    pass


class CopyView(ManageableOnlyMixin, FormForUserMixin, WagtailCopyView):
    pass


class DeleteView(ManageableOnlyMixin, wagtail_users.DeleteView):
    pass


class HistoryView(ManageableOnlyMixin, wagtail_users.HistoryView):
    pass


class UsageView(ManageableOnlyMixin, WagtailUsageView):
    pass


class UserViewSet(wagtail_users.UserViewSet):
    filterset_class = UserFilterSet
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    copy_view_class = CopyView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


# --- the bulk actions on the list of users --------------------------------------------------


class ManageableOnlyBulkMixin:
    """Selected accounts outside manageable_users() are not found ("all" included)."""

    def get_queryset(self, model, object_ids):
        return get_list_or_404(manageable_users(self.request.user), pk__in=object_ids)


class LimitedAssignRoleBulkAction(ManageableOnlyBulkMixin, AssignRoleBulkAction):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = assignable_groups(self.request.user)
        return form


class LimitedDeleteBulkAction(ManageableOnlyBulkMixin, DeleteBulkAction):
    pass


class LimitedSetActiveStateBulkAction(ManageableOnlyBulkMixin, SetActiveStateBulkAction):
    pass


BULK_ACTIONS = (
    LimitedAssignRoleBulkAction,
    LimitedDeleteBulkAction,
    LimitedSetActiveStateBulkAction,
)  # registered in wagtail_hooks.py, after Wagtail's, which they stand in for
