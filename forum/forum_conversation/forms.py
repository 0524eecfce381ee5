"""machina's post and topic forms with per-member limits — rate limits, and a moderator's
suspension — with a clear message, and the form comes back with everything she wrote; and
a title without the invisible control characters that feeds and XML cannot carry."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from machina.apps.forum_conversation.forms import PostForm as MachinaPostForm
from machina.apps.forum_conversation.forms import TopicForm as MachinaTopicForm
from machina.apps.forum_conversation.models import Post, Topic

from forum.sanctions import active_suspension
from forum.setup import is_moderator
from women_portal.core.feeds import NOT_IN_XML


class PlainTitle:
    def clean_subject(self):
        subject = self.cleaned_data["subject"]
        if NOT_IN_XML.search(subject):
            raise forms.ValidationError(
                _(
                    "The title contains invisible control characters (often pasted from "
                    "another program). Please type it again."
                )
            )
        return subject


class RateLimited:
    def clean(self):
        cleaned = super().clean()
        user = self.user
        suspension = active_suspension(user)
        if suspension and suspension.until:
            raise forms.ValidationError(
                _("A moderator has paused your writing in the forum until %(date)s.")
                % {"date": date_format(timezone.localtime(suspension.until), "DATETIME_FORMAT")}
            )
        if suspension:
            raise forms.ValidationError(_("A moderator has stopped your writing in the forum."))
        if self.instance.pk or not user.is_authenticated or is_moderator(user):
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


class PostForm(PlainTitle, RateLimited, MachinaPostForm):
    pass


class TopicForm(PlainTitle, RateLimited, MachinaTopicForm):
    pass
