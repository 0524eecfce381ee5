"""Members report posts; enough distinct reports hide a post until a moderator decides;
every decision is written to the moderation log."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.db.models import Count, Min, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from machina.apps.forum_conversation.models import Post

from .models import ModerationLogEntry, PostReport
from .moderation_log import log
from .notifications import tell_moderators_of_hiding
from .sanctions import DURATIONS, suspend
from .setup import is_moderator


def hide_after() -> int:
    return getattr(settings, "FORUM_HIDE_AFTER_REPORTS", 2)


def topic_url(topic) -> str:
    forum = topic.forum
    return reverse("forum_conversation:topic", args=[forum.slug, forum.pk, topic.slug, topic.pk])


def set_approved(post, approved: bool) -> None:
    post.approved = approved
    post.save()  # machina keeps the topic's and forum's counters in step on save


class ReportForm(forms.ModelForm):
    class Meta:
        model = PostReport
        fields = ["reason", "details"]
        widgets = {"reason": forms.RadioSelect, "details": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The reasons only: no empty "---------" choice, chosen in advance and then refused.
        self.fields["reason"].choices = PostReport.Reason.choices


def readable_post(request, post_id: int) -> Post:
    post = get_object_or_404(Post.objects.select_related("topic__forum"), pk=post_id)
    handler = request.forum_permission_handler
    if not post.approved or not handler.can_read_forum(post.topic.forum, request.user):
        raise Http404
    return post


@login_required
def report(request, post_id: int):
    post = readable_post(request, post_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                PostReport.objects.create(post=post, reporter=request.user, **form.cleaned_data)
        except IntegrityError:
            pass  # she reported it already: once is enough
        reporters = PostReport.objects.filter(post=post, resolved=False).count()
        if reporters >= hide_after() and post.approved:
            set_approved(post, False)
            log(
                None,
                "hidden-by-reports",
                post,
                _("%(count)s members reported it") % {"count": reporters},
            )
            tell_moderators_of_hiding(post)
        messages.success(request, _("Thank you. The moderators will look at this post."))
        post.topic.refresh_from_db()
        if post.topic.approved:
            return redirect(topic_url(post.topic))
        # Its first post hidden, the topic is hidden with it: back to its forum.
        forum = post.topic.forum
        return redirect("forum:forum", forum.slug, forum.pk)
    return render(request, "forum/report.html", {"form": form, "post": post})


@login_required
def reports(request):
    """The moderators' list: every reported post with its reports, oldest problem first."""
    if not is_moderator(request.user):
        raise Http404
    waiting = Q(reports__resolved=False)
    posts = (
        Post.objects.filter(pk__in=PostReport.objects.filter(resolved=False).values("post"))
        .annotate(
            report_count=Count("reports", filter=waiting),
            first_report=Min("reports__created", filter=waiting),
        )
        .select_related("topic__forum", "poster__profile")
        .prefetch_related("reports")
        .order_by("first_report")
    )
    entries = ModerationLogEntry.objects.select_related("moderator__profile")[:50]
    return render(request, "forum/reports.html", {"posts": posts, "log": entries})


ACTIONS = {"dismiss", "hide", "delete"}


@login_required
@require_POST
def suspend_author(request, post_id: int):
    """Suspend the post's author for 1, 7 or 30 days, or ban her; written to the log."""
    length = request.POST.get("length", "")
    if not is_moderator(request.user) or length not in {*DURATIONS, "ban"}:
        raise Http404
    post = get_object_or_404(Post.objects.select_related("topic", "poster"), pk=post_id)
    if post.poster is None or is_moderator(post.poster):
        raise Http404
    reason = request.POST.get("reason", "")[:1000]
    suspend(post.poster, request.user, length, reason)
    log(request.user, "ban" if length == "ban" else f"suspend-{length}-days", post, reason)
    messages.success(request, _("Done. It is in the moderation log."))
    return redirect("forum_reports")


@login_required
@require_POST
def decide(request, post_id: int, action: str):
    if not is_moderator(request.user) or action not in ACTIONS:
        raise Http404
    post = get_object_or_404(Post.objects.select_related("topic__forum"), pk=post_id)
    reason = request.POST.get("reason", "")[:1000]
    log(request.user, action, post, reason)
    PostReport.objects.filter(post=post).update(resolved=True)
    if action == "dismiss":
        set_approved(post, True)
    elif action == "hide":
        set_approved(post, False)
    else:
        post.delete()
    messages.success(request, _("Done. It is in the moderation log."))
    return redirect("forum_reports")
