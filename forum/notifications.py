"""Moderators are told when a post waits for them, and when members' reports hid a post;
a member is told when a moderator approved or refused what she wrote. Mails to moderators
are in the language the site uses by default and hold no post text (they may be read on a
shared screen), only a link. A mail the mail server does not take is retried later
(women_portal/core/mail.py)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from machina.apps.forum_conversation.models import Post

from women_portal.core.mail import send_or_retry

from .setup import MODERATORS


def moderator_addresses() -> list[str]:
    users = get_user_model().objects.filter(groups__name=MODERATORS, is_active=True)
    return [address for address in users.values_list("email", flat=True) if address]


def send_after_commit(messages: list[tuple]) -> None:
    """(subject, text, to) each; sent once what they speak of is saved."""

    def send() -> None:
        for subject, text, to in messages:
            send_or_retry(EmailMessage(subject, text, to=to))

    if messages:
        transaction.on_commit(send)


def tell_moderators_about(post, subject: str, body: str, page: str) -> None:
    """`subject` and `body` (marked with gettext_noop, translated here), `body` with
    %(forum)s and %(url)s; `page` is the URL name the link opens."""
    addresses = moderator_addresses()
    with translation.override(settings.LANGUAGE_CODE):
        url = settings.WAGTAILADMIN_BASE_URL + reverse(page)
        text = _(body) % {"forum": _(post.topic.forum.name), "url": url}
        messages = [(_(subject), text, [address]) for address in addresses]
    send_after_commit(messages)


@receiver(post_save, sender=Post)
def tell_moderators(sender, instance, created, **kwargs) -> None:
    if created and not instance.approved:
        tell_moderators_about(
            instance,
            gettext_noop("A forum post is waiting for your approval"),
            gettext_noop("A new post in the forum “%(forum)s” waits for moderation:\n%(url)s"),
            "forum_moderation:queue",
        )


def tell_moderators_of_hiding(post) -> None:
    tell_moderators_about(
        post,
        gettext_noop("Members' reports hid a forum post"),
        gettext_noop(
            "Members reported a post in the forum “%(forum)s”; it is hidden until you decide:"
            "\n%(url)s"
        ),
        "forum_reports",
    )


def tell_author(post, approved: bool, reason: str = "") -> None:
    """Her post was approved (it is now public) or refused (it is deleted), in the language
    of the page the moderator acted on, greeted by her pseudonym."""
    author = post.poster
    if author is None or not author.email or not author.is_active:
        return
    forum = post.topic.forum
    if approved:
        subject = _("Your forum post is published")
        body = _(
            "Hello %(name)s,\n\nA moderator approved your post “%(subject)s” in the forum "
            "“%(forum)s”: everyone can read it now.\n%(url)s"
        )
        url = settings.WAGTAILADMIN_BASE_URL + reverse(
            "forum_conversation:topic",
            args=[forum.slug, forum.pk, post.topic.slug, post.topic.pk],
        )
    else:
        subject = _("Your forum post was not published")
        body = _(
            "Hello %(name)s,\n\nA moderator did not publish your post “%(subject)s” in the "
            "forum “%(forum)s”, and it was deleted. The forum rules say what can be "
            "published.\n%(url)s"
        )
        url = settings.WAGTAILADMIN_BASE_URL + reverse("forum:index")
    text = body % {
        "name": author.forum_display_name(),
        "subject": post.subject,
        "forum": _(forum.name),
        "url": url,
    }
    if reason:
        text += "\n\n" + _("The moderator's reason: %(reason)s") % {"reason": reason}
    send_after_commit([(subject, text, [author.email])])
