"""What readers see, as each app declares it: the page cache renews itself when one of
these changes (signals.py), and for nothing else.

Each app declares its own models (and the library's or Wagtail's that it shows) in its
AppConfig.ready(), so the page cache knows no app's models itself:

    shown_on_pages("statistics.indicator")             # any save or delete is seen
    shown_fields("forum.forum", ("name", ...))         # only a change of these fields
    shown_fields("forum_conversation.post", (...), moderated=True)   # once approved
    shown_once_changed("accounts.profile")             # a change, not a creation

Models with a draft state (pages, reviewed snippets) are seen when they are live and more
than their drafts' bookkeeping changed (signals.py), whether declared or not.
"""

SHOWN_ON_PAGES: set[str] = set()
# label -> the fields readers see; for moderated models "approved" comes first.
SHOWN_FIELDS: dict[str, tuple[str, ...]] = {}
MODERATED: set[str] = set()
SHOWN_ONCE_CHANGED: set[str] = set()


def shown_on_pages(*labels: str) -> None:
    SHOWN_ON_PAGES.update(label.lower() for label in labels)


def shown_fields(label: str, fields: tuple[str, ...], moderated: bool = False) -> None:
    label = label.lower()
    if moderated:
        if fields[0] != "approved":
            raise ValueError(f"{label}: a moderated model's first shown field is 'approved'")
        MODERATED.add(label)
    SHOWN_FIELDS[label] = tuple(fields)


def shown_once_changed(*labels: str) -> None:
    SHOWN_ONCE_CHANGED.update(label.lower() for label in labels)
