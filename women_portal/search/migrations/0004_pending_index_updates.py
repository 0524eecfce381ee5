"""The catch-up queue of Elasticsearch: the objects whose documents could not be sent while
it could not be reached (women_portal/search/outage.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0003_index_entries_with_their_type"),
    ]

    operations = [
        migrations.CreateModel(
            name="PendingIndexUpdate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("index", models.CharField(max_length=100)),
                ("object_id", models.CharField(max_length=64)),
                ("since", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("index", "object_id"), name="one_pending_update"
                    )
                ],
            },
        ),
    ]
