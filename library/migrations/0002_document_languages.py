from django.db import migrations

CODES = ["ar", "fr", "en"]


def create_languages(apps, schema_editor):
    DocumentLanguage = apps.get_model("library", "DocumentLanguage")
    for code in CODES:
        DocumentLanguage.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [migrations.RunPython(create_languages, migrations.RunPython.noop)]
