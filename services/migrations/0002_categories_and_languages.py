"""The categories and languages a service is described with: fixed lists, one row each."""

from django.db import migrations

CATEGORIES = [
    "violence",
    "listening",
    "legal",
    "health",
    "shelter",
    "social-aid",
    "work",
    "civil-status",
]
LANGUAGES = ["ar", "fr", "en", "tzm", "sgn"]


def create(apps, schema_editor):
    for key in CATEGORIES:
        apps.get_model("services", "ServiceCategory").objects.get_or_create(key=key)
    for code in LANGUAGES:
        apps.get_model("services", "SpokenLanguage").objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("services", "0001_services")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
