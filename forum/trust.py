"""Trust-based pre-moderation: a member's first posts wait for a moderator; once enough of
them were approved (FORUM_TRUSTED_AFTER_POSTS, default 3), her posts appear at once.

machina decides `approved` from the "post without approval" permission, which only
moderators have here; this adds the member's own history on top of it.
"""

from django.conf import settings
from django.db.models.signals import pre_save
from django.dispatch import receiver
from machina.apps.forum_conversation.models import Post


def trusted_after() -> int:
    return getattr(settings, "FORUM_TRUSTED_AFTER_POSTS", 3)


def is_trusted(user) -> bool:
    return Post.objects.filter(poster=user, approved=True).count() >= trusted_after()


@receiver(pre_save, sender=Post)
def approve_trusted_members(sender, instance, **kwargs) -> None:
    if instance._state.adding and not instance.approved and instance.poster_id:
        instance.approved = is_trusted(instance.poster)
