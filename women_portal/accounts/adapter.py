import secrets
from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils.translation import gettext as _


def portal_site() -> SimpleNamespace:
    """What allauth's e-mails name as the site (their subject, greeting and signature): the
    portal and its address, not the host and port the request happened to come through."""
    return SimpleNamespace(
        name=_("Women's Portal"), domain=urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc
    )


class AccountAdapter(DefaultAccountAdapter):
    def populate_username(self, request, user):
        """A username nobody sees and that tells nothing (allauth would take it from the
        e-mail address): members are known by their pseudonym only."""
        user.username = f"member-{secrets.token_hex(8)}"

    def format_email_subject(self, subject: str) -> str:
        return f"[{portal_site().name}] {subject}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        super().send_mail(template_prefix, email, {**context, "current_site": portal_site()})
