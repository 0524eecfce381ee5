"""Writing to the moderation log: our own moderation views (reports.py) and machina's, which
the portal overrides to call these (forum_moderation/views.py, forum_conversation/views.py)."""

from django.utils.html import strip_tags
from django.utils.text import Truncator

from .models import ModerationLogEntry


def summary_of(post, prefix: str = "") -> str:
    """What the post was, kept in the log should the post be edited or deleted."""
    text = strip_tags(post.content.rendered or "")  # as readers saw it, without Markdown
    return Truncator(f"{prefix}{post.topic.subject}: {' '.join(text.split())}").chars(290)


def log(
    moderator, action: str, post, reason: str = "", summary: str | None = None
) -> ModerationLogEntry:
    return ModerationLogEntry.objects.create(
        moderator=moderator,
        action=action,
        post=post,
        summary=summary if summary is not None else summary_of(post),
        reason=reason or "",
    )


def log_topic(moderator, action: str, topic, reason: str = "", prefix: str = ""):
    """An action on a whole topic, logged against its first post."""
    post = topic.first_post
    if post is None:  # a topic always has one; should it not, the subject is enough
        summary = Truncator(f"{prefix}{topic.subject}").chars(290)
    else:
        summary = summary_of(post, prefix)
    return log(moderator, action, post, reason, summary)
