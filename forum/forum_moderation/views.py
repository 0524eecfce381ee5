"""machina's moderation views — lock, unlock, move, delete and change the type of a topic;
approve or reject a post waiting in the queue — each writing what it did to the moderation
log. machina finds them here through its override mechanism (`get_class`); the views not
defined here stay machina's. The queue leaves out posts hidden by members' reports."""

from django.db import transaction
from django.utils.translation import gettext
from machina.apps.forum_moderation import views as machina

from forum.moderation_log import log, log_topic
from forum.notifications import tell_author


class TopicLockView(machina.TopicLockView):
    def lock(self, request, *args, **kwargs):
        response = super().lock(request, *args, **kwargs)
        log_topic(request.user, "lock", self.object)
        return response


class TopicUnlockView(machina.TopicUnlockView):
    def unlock(self, request, *args, **kwargs):
        response = super().unlock(request, *args, **kwargs)
        log_topic(request.user, "unlock", self.object)
        return response


class TopicDeleteView(machina.TopicDeleteView):
    def form_valid(self, form):
        with transaction.atomic():  # logged while the topic is there to be summarised
            log_topic(self.request.user, "delete-topic", self.object)
            return super().form_valid(form)


class TopicMoveView(machina.TopicMoveView):
    def form_valid(self, form):
        origin, was_locked = self.object.forum, self.object.is_locked
        response = super().form_valid(form)
        topic = self.object
        log_topic(
            self.request.user,
            "move",
            topic,
            prefix=f"{gettext(origin.name)} → {gettext(topic.forum.name)}: ",
        )
        if form.cleaned_data["lock_topic"] and not was_locked:
            log_topic(self.request.user, "lock", topic)
        return response


class LogsTypeChange:
    action = ""

    def update_type(self, request, *args, **kwargs):
        response = super().update_type(request, *args, **kwargs)
        log_topic(request.user, self.action, self.object)
        return response


class TopicUpdateToNormalTopicView(LogsTypeChange, machina.TopicUpdateToNormalTopicView):
    action = "make-normal"


class TopicUpdateToStickyTopicView(LogsTypeChange, machina.TopicUpdateToStickyTopicView):
    action = "make-sticky"


class TopicUpdateToAnnounceView(LogsTypeChange, machina.TopicUpdateToAnnounceView):
    action = "make-announce"


class PostApproveView(machina.PostApproveView):
    def approve(self, request, *args, **kwargs):
        response = super().approve(request, *args, **kwargs)
        log(request.user, "approve", self.object)
        tell_author(self.object, approved=True)
        return response


class PostDisapproveView(machina.PostDisapproveView):
    """machina deletes a rejected post (and its topic, if it was the only post)."""

    def disapprove(self, request, *args, **kwargs):
        with transaction.atomic():
            post = self.get_object()
            log(request.user, "disapprove", post)
            tell_author(post, approved=False)  # sent once committed; her name and subject kept
            return super().disapprove(request, *args, **kwargs)


def not_reported(posts):
    """Posts hidden by members' reports wait on the reports page (forum/reports.py), with
    their reports and the actions that fit them; the queue is for new posts."""
    return posts.exclude(reports__resolved=False)


class ModerationQueueListView(machina.ModerationQueueListView):
    def get_queryset(self):
        return not_reported(super().get_queryset())


class ModerationQueueDetailView(machina.ModerationQueueDetailView):
    def get_queryset(self):
        return not_reported(super().get_queryset())
