"""Forum names were Arabic and French side by side ("الفقر — Pauvreté"), shown so in every
language. Each becomes one English text that readers get in their own language
(forum/setup.py NAMES); the slug follows the name, as machina's save makes it."""

from django.db import migrations
from django.utils.text import slugify

RENAMED = {
    "الفقر — Pauvreté": "Poverty",
    "المجتمع المدني — Société civile": "Civil society",
    "النقابات — Syndicats": "Trade unions",
    "الوضع الاقتصادي — Situation économique": "Economic situation",
    "حماية المرأة — Protection des femmes": "Protection of women",
    "عمل المرأة — Travail des femmes": "Women's work",
    "مشاركة المرأة — Participation des femmes": "Women's participation",
    "أسئلة ومساعدة — Questions et entraide": "Questions and help",
    "إعلانات — Annonces": "Announcements",
}


def rename(apps, names):
    Forum = apps.get_model("forum", "Forum")
    for old, new in names.items():
        Forum.objects.filter(name=old).update(name=new, slug=slugify(new, allow_unicode=True))


def forwards(apps, schema_editor):
    rename(apps, RENAMED)


def backwards(apps, schema_editor):
    rename(apps, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [("forum", "0016_members_attach_files")]

    operations = [migrations.RunPython(forwards, backwards)]
