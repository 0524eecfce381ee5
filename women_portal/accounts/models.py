"""A member's public face: a pseudonym, the only name ever shown, and optionally a picture
and a few words. E-mail addresses stay with the user account and are never shown."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    pseudonym = models.CharField(_("pseudonym"), max_length=40)
    bio = models.TextField(_("a few words about you"), max_length=500, blank=True)
    avatar = models.ImageField(_("picture"), upload_to="accounts/avatars/", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # A member who deleted her account: the row stays so the discussions stay readable.
    is_former = models.BooleanField(default=False, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("pseudonym"), name="unique_pseudonym_any_case")
        ]
        verbose_name = _("member profile")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return str(_("former member")) if self.is_former else self.pseudonym


def display_name(user) -> str:
    """The name shown for a user anywhere on the site: her pseudonym, never her address."""
    try:
        return user.profile.display_name
    except Profile.DoesNotExist:
        return str(_("member"))
