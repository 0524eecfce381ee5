"""What the staff editor may do in the admin, as the editor's guide tells her: publish and
review (Wagtail's Moderators group, which she is in), and also keep the site's own texts and
figures — the helplines and the municipality (drafts she previews, then publishes; she may
lock one while she works on it), the portal settings, the indicators and their
statistics, and the associations' accounts (add and change users, which the user admin
limits to the Contributors group: users.py). Superusers keep what is left: other users,
sites, locales, groups, redirects, workflows. Made sure of after every `migrate`, so a fresh
install is ready."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from wagtail.snippets.models import create_extra_permissions

STAFF_EDITORS = "Moderators"
PERMISSIONS = {
    # Users: only the associations' accounts, whatever Wagtail's user admin would allow
    # (users.py); not delete: she deactivates an account, which keeps who wrote what.
    "auth": ("add_user", "change_user"),
    "core": (
        "add_helpline",
        "change_helpline",
        "delete_helpline",
        "view_helpline",
        "publish_helpline",
        "lock_helpline",
        "unlock_helpline",
        "change_municipality",
        "view_municipality",
        "publish_municipality",
        "lock_municipality",
        "unlock_municipality",
        "change_portalsettings",
    ),
    "statistics": (
        "add_indicator",
        "change_indicator",
        "delete_indicator",
        "view_indicator",
        "add_observation",
        "change_observation",
        "delete_observation",
    ),
}


def ensure_staff_editors(**kwargs) -> None:
    for label in PERMISSIONS:
        create_permissions(apps.get_app_config(label), verbosity=0)
    # Wagtail's own for snippets (publish, lock, unlock), made after wagtail.snippets'
    # migrations, which come after this app's.
    create_extra_permissions(apps.get_app_config("wagtailsnippets"), verbosity=0)
    group, _created = Group.objects.get_or_create(name=STAFF_EDITORS)
    for label, codenames in PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=label, codename__in=codenames)
        )
