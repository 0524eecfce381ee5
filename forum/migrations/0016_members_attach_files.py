"""Attachments were denied to members until uploads were checked (forum_attachments/
uploads.py); now they are, so the old denial is lifted once. On a fresh install there is
no such row yet and forum/setup.py grants the permission after `migrate`."""

from django.db import migrations


def allow_attachments(apps, schema_editor):
    UserForumPermission = apps.get_model("forum_permission", "UserForumPermission")
    UserForumPermission.objects.filter(
        permission__codename="can_attach_file",
        forum=None,
        authenticated_user=True,
        has_perm=False,
    ).update(has_perm=True)


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0015_suspensions"),
        ("forum_permission", "0005_userforumpermission_authenticated_user"),
    ]

    operations = [migrations.RunPython(allow_attachments, migrations.RunPython.noop)]
