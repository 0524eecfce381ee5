"""machina's Forum (registered under this app's label) and what the portal adds to the forum:
members' reports, the moderation log, and what search knows of posts."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from machina.apps.forum.models import Forum  # noqa: F401 - machina's model, our app label
from wagtail.search import index

from women_portal.search.indexing import NORMALISED_FIELDS, NormalisedSearch


class PostReport(models.Model):
    """A member tells the moderators a post is a problem."""

    class Reason(models.TextChoices):
        HARASSMENT = "harassment", _("Harassment or threats")
        PERSONAL_INFORMATION = "personal-information", _("Someone's personal information")
        SPAM = "spam", _("Spam or advertising")
        OTHER = "other", _("Something else")

    post = models.ForeignKey(
        "forum_conversation.Post", on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("why"), max_length=24, choices=Reason.choices)
    details = models.TextField(_("anything to add"), max_length=1000, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    resolved = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="one_report_per_member")
        ]
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.created:%Y-%m-%d})"


class ModerationLogEntry(models.Model):
    """Who did what to which post, when and why: every moderation action, kept
    (moderation_log.py writes them; the reports page shows them)."""

    # Every action written to the log, with what the moderators read for it.
    LABELS = {
        "hidden-by-reports": _("Post hidden after members' reports"),
        "dismiss": _("Reports dismissed, post shown"),
        "hide": _("Post hidden"),
        "delete": _("Post deleted"),
        "edit": _("Post edited"),
        "approve": _("Post approved"),
        "disapprove": _("Post rejected and deleted"),
        "suspend-1-days": _("Author suspended for a day"),
        "suspend-7-days": _("Author suspended for a week"),
        "suspend-30-days": _("Author suspended for a month"),
        "ban": _("Author stopped from writing for good"),
        "lock": _("Topic locked"),
        "unlock": _("Topic unlocked"),
        "move": _("Topic moved"),
        "delete-topic": _("Topic deleted"),
        "make-normal": _("Topic made an ordinary topic"),
        "make-sticky": _("Topic made sticky"),
        "make-announce": _("Topic made an announcement"),
    }

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )  # empty: done automatically (reports hid the post)
    action = models.CharField(max_length=40)
    post = models.ForeignKey(
        "forum_conversation.Post", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    summary = models.CharField(max_length=300)  # what the post was, should it be deleted
    reason = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.action}: {self.summary[:60]}"

    @property
    def action_label(self) -> str:
        return self.LABELS.get(self.action, self.action)


class PostSearchEntry(NormalisedSearch, index.Indexed, models.Model):
    """What search knows of an approved post (search.py keeps it in step): machina's Post is
    not a Wagtail-indexed model, so a small indexed model stands in for it."""

    post = models.OneToOneField(
        "forum_conversation.Post", on_delete=models.CASCADE, related_name="search_entry"
    )
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+")
    subject = models.CharField(max_length=255)
    text = models.TextField()
    created = models.DateTimeField()

    search_fields = NORMALISED_FIELDS + [index.FilterField("forum")]

    def __str__(self) -> str:
        return self.subject

    def searchable_title(self) -> str:
        return self.subject

    def searchable_texts(self) -> list[str]:
        return [self.text]


class Suspension(models.Model):
    """A moderator stops a member from writing for a while (until) or for good (no end)."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_suspensions"
    )
    until = models.DateTimeField(null=True, blank=True)  # empty: banned
    reason = models.TextField(blank=True)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.member_id} until {self.until or 'ever'}"
