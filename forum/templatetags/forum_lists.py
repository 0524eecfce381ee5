"""What a list of topics shows differently from one reader to another, for the cached part
that renders it (machina's topic_list.html, as forum/template_loader.py loads it)."""

from django import template

register = template.Library()


@register.filter
def rows_key(topics, unread_topics) -> str:
    """The topics listed and which of them this reader has not read; everything else a row
    shows changes only with a change to the forum (a new cache generation)."""
    unread = {topic.pk for topic in unread_topics or ()}
    return ",".join(f"{topic.pk}{'*' if topic.pk in unread else ''}" for topic in topics)
