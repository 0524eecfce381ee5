"""A member's own data: what she can take with her, and forgetting her when she leaves."""

from allauth.account.models import EmailAddress
from django.db import transaction

from .models import Profile

EXPORT_SECTIONS = []  # callables user -> (name, data), added by other apps (the forum's posts)
FORGET_STEPS = []  # callables user -> None, run when she deletes her account (the forum's)


def export(user) -> dict:
    profile = Profile.objects.filter(user=user).first()
    data = {
        "account": {
            "email": user.email,
            "joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": {
            "pseudonym": profile.pseudonym if profile else None,
            "bio": profile.bio if profile else "",
            "has_picture": bool(profile and profile.avatar),
        },
    }
    for section in EXPORT_SECTIONS:
        name, section_data = section(user)
        data[name] = section_data
    return data


@transaction.atomic
def forget(user) -> None:
    """Delete the account but keep its row, so her posts stay readable as "former member":
    no e-mail, name, picture, bio or password is kept; she can never log in again."""
    profile, _created = Profile.objects.get_or_create(
        user=user, defaults={"pseudonym": f"former-{user.pk}"}
    )
    if profile.avatar:
        profile.avatar.delete(save=False)
    profile.pseudonym = f"former-{user.pk}"
    profile.bio = ""
    profile.avatar = ""
    profile.is_former = True
    profile.save()
    EmailAddress.objects.filter(user=user).delete()
    for step in FORGET_STEPS:
        step(user)
    user.username = f"former-{user.pk}"
    user.email = ""
    user.first_name = user.last_name = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
