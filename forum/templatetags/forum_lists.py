"""What a list of topics shows differently from one reader to another, for the cached part
that renders it (machina's topic_list.html, as forum/template_loader.py loads it)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def topic_rows_key(context) -> str:
    """The topics listed and which of them this reader has not read (or all, where the list
    says so), and the words shown when there are none; everything else a row shows changes
    only with a change to the forum (a new cache generation)."""
    unread = {topic.pk for topic in context.get("unread_topics") or ()}
    everything_unread = bool(context.get("force_all_unread"))
    rows = ",".join(
        f"{topic.pk}{'*' if everything_unread or topic.pk in unread else ''}"
        for topic in context.get("topics") or ()
    )
    return f"{rows}|{context.get('empty_message', '')}"
