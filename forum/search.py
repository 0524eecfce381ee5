"""Approved posts are searchable; a post hidden, disapproved or deleted leaves search at once."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from machina.apps.forum_conversation.models import Post, Topic

from .models import PostSearchEntry


def index_post(post) -> None:
    if post.approved and post.topic.approved:
        PostSearchEntry.objects.update_or_create(
            post=post,
            defaults={
                "forum_id": post.topic.forum_id,
                "subject": post.topic.subject,
                "text": post.content.raw,
                "created": post.created,
            },
        )
    else:
        for entry in PostSearchEntry.objects.filter(post=post):
            entry.delete()  # one by one, so Wagtail takes each out of its index


@receiver(post_save, sender=Post)
def post_saved(sender, instance, **kwargs) -> None:
    index_post(instance)


@receiver(post_save, sender=Topic)
def topic_saved(sender, instance, **kwargs) -> None:
    """A topic moved or disapproved: its posts follow (the forum is a filter, read from the
    table, so a move counts at once; machina saves topics often, so this stays one query)."""
    entries = PostSearchEntry.objects.filter(post__topic=instance)
    if instance.approved:
        entries.exclude(forum_id=instance.forum_id).update(forum_id=instance.forum_id)
    else:
        for entry in entries:
            entry.delete()
