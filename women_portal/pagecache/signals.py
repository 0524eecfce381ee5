"""Every change that readers can see empties the page cache: any page saved (published,
unpublished, moved, or a draft: drafts are rare enough) or deleted, and the models outside
the page tree that pages show."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page

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
    # The forum: a post approved, edited, hidden or deleted shows at once (the forum is
    # moderated, so these are rare next to readings).
    "forum.forum",
    "forum_conversation.topic",
    "forum_conversation.post",
    # Who may do what in the forum, and the names and pictures posts are shown with.
    "forum.suspension",
    "forum_permission.userforumpermission",
    "forum_permission.groupforumpermission",
    "forum_member.forumprofile",
    "accounts.profile",
    "wagtailcore.locale",
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",  # a page made private leaves every list at once
}


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) or sender._meta.label_lower in SHOWN_ON_PAGES:
        purge_all()
        # And again once the change is committed: a page read meanwhile (a page moved out of
        # a private section in the same transaction) remembered what was still there.
        transaction.on_commit(purge_all)
