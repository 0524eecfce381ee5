"""machina's conversation views, with the moderators' part of them written to the moderation
log: editing or deleting a post someone else wrote, and what machina's post forms let a
moderator do on the way (lock the topic, change its type). A member's changes to her own
posts are hers and are not logged. machina finds these through its override mechanism
(`get_class`); the views not defined here stay machina's."""

from datetime import timedelta

from django.contrib import messages
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _
from machina.apps.forum_conversation import views as machina
from machina.apps.forum_conversation.models import Post, Topic

from forum.models import PostReport
from forum.moderation_log import log, log_topic, summary_of
from forum.views import TopicView as FlatTopicView

TYPE_ACTIONS = {
    Topic.TOPIC_POST: "make-normal",
    Topic.TOPIC_STICKY: "make-sticky",
    Topic.TOPIC_ANNOUNCE: "make-announce",
}


def by_someone_else(post, user) -> bool:
    return post.poster_id is None or post.poster_id != user.pk


class TopicView(FlatTopicView):
    """A topic waiting for a moderator, or hidden after members' reports, is not there for
    readers (machina only leaves its posts out, not its subject): only the moderators of
    its forum and its author open it. She also finds there her own posts that no reader
    sees, each labelled: waiting for a moderator, or hidden after members' reports."""

    def get_queryset(self):
        posts = super().get_queryset()  # the approved ones
        user = self.request.user
        if user.is_authenticated:
            posts = posts | self.get_topic().posts.filter(approved=False, poster=user)
        reports = PostReport.objects.filter(post=OuterRef("pk"), resolved=False)
        return posts.annotate(hidden_by_reports=Exists(reports)).order_by("created")

    def get_topic(self):
        topic = super().get_topic()
        user = self.request.user
        if not topic.approved and not (
            (user.is_authenticated and topic.poster_id == user.pk)
            or self.request.forum_permission_handler.can_approve_posts(topic.forum, user)
        ):
            raise Http404
        return topic


class LogsModeration:
    """For a moderator's edit of someone else's post, the log keeps the post as it was before
    (the site shows it as it is now), and machina's "reason for the edit" as the reason."""

    def form_valid(self, post_form, attachment_formset, *args, **kwargs):
        if self.preview:
            return super().form_valid(post_form, attachment_formset, *args, **kwargs)
        user, post, topic = self.request.user, self.get_post(), self.get_topic()
        edited = post is not None and by_someone_else(post, user)
        if edited:
            before = summary_of(Post.objects.select_related("topic").get(pk=post.pk))
        topic_before = Topic.objects.get(pk=topic.pk)
        with transaction.atomic():
            response = super().form_valid(post_form, attachment_formset, *args, **kwargs)
            if edited:
                reason = post_form.cleaned_data.get("update_reason") or ""
                log(user, "edit", self.forum_post, reason, summary=before)
            topic_after = Topic.objects.get(pk=topic.pk)
            if topic_after.is_locked and not topic_before.is_locked:
                log_topic(user, "lock", topic_after)
            if topic_after.type != topic_before.type:
                log_topic(user, TYPE_ACTIONS[topic_after.type], topic_after)
        return response


class OneHonestMessage:
    """After sending, one message that says what happened: published, or saved and waiting
    for a moderator (machina says "posted successfully" and "will be validated" together)."""

    approval_required_message = ""  # Django's messages skip an empty message

    @property
    def success_message(self):
        post = getattr(self, "forum_post", None)
        if post is not None and not post.approved:
            return _(
                "Your message is saved. A moderator reads it before it appears in the "
                "forum; until then only you see it, marked as waiting."
            )
        return _("Your message is published.")


class SavedOnce:
    """The same message sent again by the same member (a double tap, or "send again" after
    the site was briefly down) is saved once: the second send opens the first."""

    SAME_MESSAGE_WITHIN = timedelta(minutes=10)

    def form_valid(self, post_form, attachment_formset, *args, **kwargs):
        earlier = None if self.preview else self.same_message_already_sent(post_form)
        if earlier is None:
            return super().form_valid(post_form, attachment_formset, *args, **kwargs)
        self.forum_post = earlier
        messages.info(self.request, _("You had already sent this message: it is saved once."))
        return HttpResponseRedirect(self.get_success_url())

    def same_message_already_sent(self, post_form):
        if not self.request.user.is_authenticated:
            return None
        posts = Post.objects.filter(
            poster=self.request.user,
            subject=post_form.cleaned_data["subject"],
            content=post_form.cleaned_data["content"],
            created__gte=timezone.now() - self.SAME_MESSAGE_WITHIN,
            topic__forum=self.get_forum(),
        )
        topic = self.get_topic()  # None when the message starts a topic
        if topic is not None:
            posts = posts.filter(topic=topic)
        return posts.select_related("topic__forum").order_by("created").first()


class TopicCreateView(SavedOnce, OneHonestMessage, machina.TopicCreateView):
    pass


class TopicUpdateView(LogsModeration, machina.TopicUpdateView):
    pass


class PostUpdateView(LogsModeration, machina.PostUpdateView):
    pass


class PostCreateView(SavedOnce, OneHonestMessage, LogsModeration, machina.PostCreateView):
    """A moderator's reply may lock the topic."""


class PostDeleteView(machina.PostDeleteView):
    def form_valid(self, form):
        if not by_someone_else(self.object, self.request.user):
            return super().form_valid(form)
        with transaction.atomic():  # logged while the post is there to be summarised
            log(self.request.user, "delete", self.object)
            return super().form_valid(form)
