from django.db import models


class PendingIndexUpdate(models.Model):
    """An object whose document in Elasticsearch could not be brought in step with the
    database (the server could not be reached): outage.catch_up() sends what the database
    holds for it then (its document, or its removal) and deletes this row. One row per
    object, however many changes it missed."""

    # "library", "forum" (elastic.py's own indexes), or the label of a model Wagtail's
    # backend indexes ("home.articlepage").
    index = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)
    since = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["index", "object_id"], name="one_pending_update")
        ]

    def __str__(self) -> str:
        return f"{self.index} {self.object_id}"
