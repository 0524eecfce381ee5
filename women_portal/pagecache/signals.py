"""Every change that readers can see empties the page cache — and nothing else does.

Readers see: a page published, unpublished, moved or deleted (Wagtail's own signals, and a
live page saved by code); a post or topic approved, changed while approved, hidden or deleted;
a poll vote; the models outside the page tree that pages show. They do not see a draft, an
autosave (Wagtail 8 saves one every few seconds while an editor types), a revision, a lock,
or a post waiting for a moderator: those leave the cache alone, or editors and members
would keep the whole site uncached. And the shared cache back after an outage: what
changed meanwhile could not empty it. Which models readers see, each app declares
(registry.py)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import DraftStateMixin, Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from women_portal.core.redis_cache import reachable_again

from .cache import purge_all
from .registry import MODERATED, SHOWN_FIELDS, SHOWN_ON_PAGES, SHOWN_ONCE_CHANGED

# Saved by drafts, autosaves, revisions, workflows and locks: nothing readers see.
DRAFT_BOOKKEEPING = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def renew() -> None:
    purge_all()
    # And again once the change is committed: a page read meanwhile (a page moved out of
    # a private section in the same transaction) remembered what was still there.
    transaction.on_commit(purge_all)


def live_change_is_public(instance, update_fields) -> bool:
    """A page or a reviewed snippet: seen once live, and not for its drafts' bookkeeping."""
    if update_fields is not None and set(update_fields) <= DRAFT_BOOKKEEPING:
        return False
    return instance.live  # a draft created, or saved whole, shows nowhere


def shown_fields(instance, fields) -> tuple:
    return tuple(str(getattr(instance, name)) for name in fields)


@receiver(pre_save)
def remember_what_was_shown(sender, instance, **kwargs) -> None:
    fields = SHOWN_FIELDS.get(sender._meta.label_lower)
    if fields and instance.pk:
        before = sender._default_manager.filter(pk=instance.pk).first()
        instance._shown_before = shown_fields(before, fields) if before else None


def change_is_shown(instance, label: str) -> bool:
    fields = SHOWN_FIELDS[label]
    before = getattr(instance, "_shown_before", None)
    if label in MODERATED:
        was_approved = before is not None and before[0] == "True"
        if not (instance.approved or was_approved):
            return False  # waiting for a moderator, before and after
    return before != shown_fields(instance, fields)


@receiver(post_save)
def content_saved(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    label = sender._meta.label_lower
    if isinstance(instance, Page) or (
        label in SHOWN_ON_PAGES and isinstance(instance, DraftStateMixin)
    ):
        public = live_change_is_public(instance, update_fields)
    elif label in SHOWN_FIELDS:
        public = change_is_shown(instance, label)
    elif label in SHOWN_ONCE_CHANGED:
        public = not created
    else:
        public = label in SHOWN_ON_PAGES
    if public:
        renew()


@receiver(post_delete)
def content_deleted(sender, instance, **kwargs) -> None:
    label = sender._meta.label_lower
    if isinstance(instance, Page) or label in SHOWN_ON_PAGES | SHOWN_ONCE_CHANGED:
        renew()
    elif label in SHOWN_FIELDS and (label not in MODERATED or instance.approved):
        renew()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(published)  # a reviewed snippet
@receiver(unpublished)
@receiver(post_page_move)
def page_changed_for_readers(**kwargs) -> None:
    renew()


@receiver(reachable_again)
def renew_after_outage(**kwargs) -> None:
    """What was changed while the shared cache was down could not empty it."""
    purge_all()
