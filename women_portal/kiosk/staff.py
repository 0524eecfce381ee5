"""Who looks after the kiosks: the citizen-space staff member ("Kiosk staff" group) and the
editors and moderators, who may enrol, rename and revoke devices and read the usage figures.
Made sure of after every `migrate`, so a fresh install is ready."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

KIOSK_STAFF = "Kiosk staff"
GROUPS = (KIOSK_STAFF, "Editors", "Moderators")
CODENAMES = ("add_kioskdevice", "change_kioskdevice", "view_kioskdevice")


def ensure_kiosk_staff(**kwargs) -> None:
    create_permissions(apps.get_app_config("kiosk"), verbosity=0)
    permissions = list(
        Permission.objects.filter(content_type__app_label="kiosk", codename__in=CODENAMES)
    )
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in GROUPS:
        group, created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)
        if created:
            group.permissions.add(admin_access)
