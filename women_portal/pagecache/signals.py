"""Every change that readers can see empties the page cache — and nothing else does.

Readers see: a page published, unpublished, moved or deleted (Wagtail's own signals, and a
live page saved by code); a post or topic approved, changed while approved, hidden or deleted;
a poll vote; the models outside the page tree that pages show. They do not see a draft, an
autosave (Wagtail 8 saves one every few seconds while an editor types), a revision, a lock,
or a post waiting for a moderator: those leave the cache alone, or editors and members
would keep the whole site uncached."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import purge_all

SHOWN_ON_PAGES = {
    "core.portalsettings",
    "core.municipality",
    "core.helpline",
    "core.theme",
    "statistics.indicator",
    "statistics.observation",
    "wagtailimages.image",
    "wagtaildocs.document",
    "library.documentanalysis",
    "library.organisation",
    "taggit.tag",  # a tag renamed
    "forum_polls.topicpollvote",  # the results shown under a poll
    # Who may do what in the forum, and the names and pictures posts are shown with.
    "forum.suspension",
    "forum_permission.userforumpermission",
    "forum_permission.groupforumpermission",
    "wagtailcore.locale",
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",  # a page made private leaves every list at once
}

# Saved by drafts, autosaves, revisions, workflows and locks: nothing readers see.
PAGE_BOOKKEEPING = frozenset(
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

# Saved again and again with nothing readers see changed (machina saves the forum and an
# approved topic after every post, a waiting one too): renewed only when one of these
# fields changes. Posts and topics are shown once approved ("approved" comes first).
SHOWN_FIELDS = {
    "forum.forum": (
        "name",
        "slug",
        "description",
        "type",
        "parent_id",
        "link",
        "direct_posts_count",
        "direct_topics_count",
        "last_post_id",
        "last_post_on",
        "display_sub_forum_list",
    ),
    "forum_conversation.topic": (
        "approved",
        "subject",
        "slug",
        "status",
        "type",
        "forum_id",
        "posts_count",
        "last_post_on",
    ),
    "forum_conversation.post": ("approved", "subject", "content", "username", "topic_id"),
}
MODERATED = {"forum_conversation.topic", "forum_conversation.post"}
# A new member shows nowhere until a post of hers is approved; a change of her name does.
SHOWN_ONCE_CHANGED = {"accounts.profile", "forum_member.forumprofile"}


def renew() -> None:
    purge_all()
    # And again once the change is committed: a page read meanwhile (a page moved out of
    # a private section in the same transaction) remembered what was still there.
    transaction.on_commit(purge_all)


def page_change_is_public(page, update_fields) -> bool:
    if update_fields is not None and set(update_fields) <= PAGE_BOOKKEEPING:
        return False
    return page.live  # a draft created, or saved whole, shows nowhere


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
    if isinstance(instance, Page):
        public = page_change_is_public(instance, update_fields)
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
@receiver(post_page_move)
def page_changed_for_readers(**kwargs) -> None:
    renew()
