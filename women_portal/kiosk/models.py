"""The shared computers of the citizen space, and what they were used for (never by whom)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class KioskDevice(models.Model):
    """A browser the staff marked as a shared kiosk. Its cookie carries `token`, signed;
    revoking the device makes that cookie worthless."""

    name = models.CharField(_("name"), max_length=80)
    location = models.CharField(_("location"), max_length=120, blank=True)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_seen = models.DateTimeField(_("last seen"), null=True, blank=True, editable=False)
    revoked = models.BooleanField(
        _("revoked"),
        default=False,
        help_text=_("A revoked browser is an ordinary browser again: its kiosk cookie is ignored."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("kiosk device")
        verbose_name_plural = _("kiosk devices")

    def __str__(self) -> str:
        return self.name


class KioskVisit(models.Model):
    """One person's use of a kiosk, from her first page to the end of her session.

    Only what the municipality reports on: when, how long, which sections. No user, no IP,
    no address of a page."""

    class EndReason(models.TextChoices):
        BUTTON = "button", _("End my session button")
        IDLE = "idle", _("No activity")
        QUICK_EXIT = "quick-exit", _("Quick exit")

    device = models.ForeignKey(KioskDevice, on_delete=models.CASCADE, related_name="visits")
    started_at = models.DateTimeField(auto_now_add=True, db_index=True)
    last_activity_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=12, choices=EndReason.choices, blank=True)
    sections = models.JSONField(default=list)  # section names, each once

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.device} {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def duration(self):
        return (self.ended_at or self.last_activity_at) - self.started_at
