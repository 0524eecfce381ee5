from django.db import migrations


def index_approved_posts(apps, schema_editor):
    """Entries for the posts that exist already (run `manage.py update_index` afterwards)."""
    Post = apps.get_model("forum_conversation", "Post")
    PostSearchEntry = apps.get_model("forum", "PostSearchEntry")
    for post in Post.objects.filter(approved=True, topic__approved=True).select_related("topic"):
        PostSearchEntry.objects.get_or_create(
            post=post,
            defaults={
                "forum_id": post.topic.forum_id,
                "subject": post.topic.subject,
                "text": str(post.content),
                "created": post.created,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0013_post_search_entries"),
        ("forum_conversation", "0013_auto_20201220_1745"),
    ]

    operations = [migrations.RunPython(index_approved_posts, migrations.RunPython.noop)]
