"""Wagtail's users app, with the user admin the staff editor may use (users.py). In
INSTALLED_APPS instead of "wagtail.users", as Wagtail's documentation has it for a custom
user viewset."""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersConfig(WagtailUsersAppConfig):
    user_viewset = "women_portal.core.users.UserViewSet"
