from django.db import migrations

THEME_KEYS = ["poverty", "civil-society", "trade-unions", "economy", "protection", "work", "participation"]


def create_themes(apps, schema_editor):
    Theme = apps.get_model("core", "Theme")
    for order, key in enumerate(THEME_KEYS):
        Theme.objects.update_or_create(key=key, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(create_themes, migrations.RunPython.noop)]
