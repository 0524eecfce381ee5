"""Suspending a member for a while, or banning her: she can still read, not write."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from .models import Suspension

DURATIONS = {"1": 1, "7": 7, "30": 30}  # days; "ban": for good


def active_suspension(user) -> Suspension | None:
    if not user.is_authenticated:
        return None
    now = timezone.now()
    return (
        Suspension.objects.filter(member=user)
        .filter(Q(until__isnull=True) | Q(until__gt=now))
        .order_by("until")
        .first()
    )


def suspend(member, moderator, length: str, reason: str) -> Suspension:
    until = None if length == "ban" else timezone.now() + timedelta(days=DURATIONS[length])
    return Suspension.objects.create(member=member, until=until, reason=reason, moderator=moderator)
