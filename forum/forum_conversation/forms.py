"""machina's post and topic forms with per-member rate limits: a clear message when a limit
is reached, and the form comes back with everything she wrote, so nothing is lost."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from machina.apps.forum_conversation.forms import PostForm as MachinaPostForm
from machina.apps.forum_conversation.forms import TopicForm as MachinaTopicForm
from machina.apps.forum_conversation.models import Post, Topic


class RateLimited:
    def clean(self):
        cleaned = super().clean()
        user = self.user
        if (
            self.instance.pk
            or not user.is_authenticated
            or user.groups.filter(name="Moderators").exists()
        ):
            return cleaned
        now = timezone.now()
        recent_posts = Post.objects.filter(poster=user, created__gte=now - timedelta(hours=1))
        if recent_posts.count() >= settings.FORUM_POSTS_PER_HOUR:
            raise forms.ValidationError(
                _(
                    "You have written %(count)s posts in the last hour, the most the forum "
                    "takes. Please send this one a little later: your text is kept below."
                )
                % {"count": settings.FORUM_POSTS_PER_HOUR}
            )
        if isinstance(self, MachinaTopicForm):
            recent_topics = Topic.objects.filter(poster=user, created__gte=now - timedelta(days=1))
            if recent_topics.count() >= settings.FORUM_TOPICS_PER_DAY:
                raise forms.ValidationError(
                    _(
                        "You have started %(count)s topics today, the most the forum takes in "
                        "a day. You can reply in an existing topic, or start this one "
                        "tomorrow: your text is kept below."
                    )
                    % {"count": settings.FORUM_TOPICS_PER_DAY}
                )
        return cleaned


class PostForm(RateLimited, MachinaPostForm):
    pass


class TopicForm(RateLimited, MachinaTopicForm):
    pass
