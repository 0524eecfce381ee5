"""Approved posts are searchable; a post hidden, disapproved or deleted leaves search at once.

One rule decides which posts search knows (`searchable`): the post and its topic approved.
Which forums a reader may read is decided when she searches (women_portal/search/groups.py).
The PostSearchEntry rows follow the rule as posts and topics are saved; with
ELASTICSEARCH_URL set, the forum's Elasticsearch index follows the rows, as soon as the
change is committed (`follow_in_elastic`). Without it, nothing here talks to Elasticsearch.
"""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from wagtail.search import index

from women_portal.accounts.models import Profile
from women_portal.search import elastic, outage

from .models import PostSearchEntry


def searchable(post, topic_approved: bool) -> bool:
    return post.approved and topic_approved


def topic_once_saved(post) -> tuple[bool, str]:
    """The topic's approval and subject once machina has saved this post: it copies them
    from the topic's first post onto the topic after the post's own post_save signal, so for
    that post they are read from the post itself."""
    topic = post.topic
    if topic.first_post_id in (None, post.pk):
        return post.approved, post.subject
    return topic.approved, topic.subject


def entry_values(post, subject: str) -> dict:
    return {
        "forum_id": post.topic.forum_id,
        "subject": subject,
        "text": post.content.raw,
        "created": post.created,
    }


def save_entry(post, subject: str) -> None:
    PostSearchEntry.objects.update_or_create(post=post, defaults=entry_values(post, subject))


def drop_entries(entries) -> None:
    for entry in entries:
        entry.delete()  # one by one, so Wagtail takes each out of its index (and entry_deleted)


def index_post(post) -> None:
    topic_approved, subject = topic_once_saved(post)
    if searchable(post, topic_approved):
        save_entry(post, subject)
        follow_in_elastic([post.pk])
    else:
        drop_entries(PostSearchEntry.objects.filter(post=post))
    if topic_approved and not post.topic.approved:
        # Its first post approved (a waiting topic, or a moderator undoing a hiding): the
        # topic comes back, and with it its approved replies, which left search with it.
        replies = list(post.topic.posts.filter(approved=True).exclude(pk=post.pk))
        for reply in replies:
            save_entry(reply, subject)
        follow_in_elastic(reply.pk for reply in replies)


@receiver(post_save, sender=Post)
def post_saved(sender, instance, **kwargs) -> None:
    index_post(instance)


@receiver(post_save, sender=Topic)
def topic_saved(sender, instance, **kwargs) -> None:
    """A topic moved, renamed or disapproved: its posts follow (machina saves topics often,
    so an unchanged topic costs one query). The update skips Wagtail's signals: the entries
    changed are indexed again, for their subject (the forum is a filter, read from the
    table)."""
    entries = PostSearchEntry.objects.filter(post__topic=instance)
    if instance.approved:
        changed = entries.exclude(forum_id=instance.forum_id, subject=instance.subject).update(
            forum_id=instance.forum_id, subject=instance.subject
        )
        if changed:
            entries = list(entries)
            for entry in entries:
                index.insert_or_update_object(entry)
            follow_in_elastic(entry.post_id for entry in entries)
    else:
        drop_entries(entries)


@receiver(post_delete, sender=PostSearchEntry)
def entry_deleted(sender, instance, **kwargs) -> None:
    """However an entry goes (its post hidden or deleted, its topic disapproved or deleted,
    its forum deleted), the post's document goes with it."""
    follow_in_elastic([instance.post_id])


@receiver(post_save, sender=Profile)
def profile_saved(sender, instance, **kwargs) -> None:
    """Her posts' documents carry her pseudonym: a new one, or none once she has left."""
    posts = PostSearchEntry.objects.filter(post__poster_id=instance.user_id)
    follow_in_elastic(posts.values_list("post_id", flat=True))  # read only with Elasticsearch


@receiver(pre_save, sender=Forum)
def forum_renamed(sender, instance, **kwargs) -> None:
    """The documents carry their forum's name (one more query per forum save, only with
    Elasticsearch: machina saves a forum with every post)."""
    if elastic.enabled() and instance.pk:
        before = Forum.objects.filter(pk=instance.pk).values_list("name", flat=True).first()
        if before is not None and before != instance.name:
            posts = PostSearchEntry.objects.filter(forum_id=instance.pk)
            follow_in_elastic(posts.values_list("post_id", flat=True))


def follow_in_elastic(post_ids) -> None:
    """Once the change is committed, bring these posts' documents in step with their entries
    (elastic.sync_forum_posts reads them then, so it sends the committed state), in one
    request for the whole transaction. Only with ELASTICSEARCH_URL set."""
    if elastic.enabled():
        post_ids = list(post_ids)
        if post_ids:
            waiting.__dict__.setdefault("post_ids", set()).update(post_ids)
            transaction.on_commit(sync_in_elastic)


# The posts whose documents wait for the commit, in this thread. The first callback sends
# them all and the others find nothing left; should the transaction be rolled back, they
# are sent with the next commit, harmlessly: what is sent is what the database then holds.
waiting = threading.local()


def sync_in_elastic() -> None:
    """Not raised: a moderator's decision must not fail because the search server is down,
    and what the index says is checked against the entries before anything is shown
    (ForumGroup). Posts Elasticsearch could not take wait in the catch-up queue
    (outage.send_or_queue)."""
    outage.send_or_queue(outage.FORUM, waiting.__dict__.pop("post_ids", set()))


def refresh_entries() -> tuple[int, int]:
    """Apply the rule to every post again (rebuild_search): an entry as it should be for each
    searchable post, none for the others. Returns (entries written, entries removed). The
    forum's Elasticsearch index is rebuilt afterwards from the entries, not here."""
    written = removed = 0
    posts = Post.objects.select_related("topic", "search_entry").order_by("pk")
    for post in posts.iterator(chunk_size=500):
        entry = getattr(post, "search_entry", None)
        if searchable(post, post.topic.approved):
            values = entry_values(post, post.topic.subject)
            if entry is None or any(getattr(entry, k) != v for k, v in values.items()):
                save_entry(post, post.topic.subject)
                written += 1
        elif entry is not None:
            entry.delete()
            removed += 1
    return written, removed
