"""Moderators are told when a post waits for them: one e-mail per waiting post, in the
language the site uses by default, with a link to the moderation queue (no post text: the
mail may be read on a shared screen)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from machina.apps.forum_conversation.models import Post

from .setup import MODERATORS


def moderator_addresses() -> list[str]:
    users = get_user_model().objects.filter(groups__name=MODERATORS, is_active=True)
    return [address for address in users.values_list("email", flat=True) if address]


@receiver(post_save, sender=Post)
def tell_moderators(sender, instance, created, **kwargs) -> None:
    if not created or instance.approved:
        return
    addresses = moderator_addresses()
    if not addresses:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("A forum post is waiting for your approval")
        queue = settings.WAGTAILADMIN_BASE_URL + reverse("forum_moderation:queue")
        body = _("A new post in the forum “%(forum)s” waits for moderation:\n%(url)s") % {
            "forum": instance.topic.forum.name,
            "url": queue,
        }
    messages = [(subject, body, None, [address]) for address in addresses]
    transaction.on_commit(lambda: send_mass_mail(messages, fail_silently=True))
