import secrets
from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib import messages
from django.utils.translation import gettext as _

from women_portal.core.mail import send_or_retry

CONFIRMATION_SENT = "account/messages/email_confirmation_sent.txt"


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
        """As allauth's, but a mail the server does not take is retried later, and the
        member is told instead of being told it was sent."""
        context = {"request": self.request, "email": email, **context}
        message = self.render_mail(
            template_prefix, email, {**context, "current_site": portal_site()}
        )
        if not send_or_retry(message) and self.request is not None:
            self.request.mail_delayed = True
            messages.warning(
                self.request,
                _(
                    "We could not send you the e-mail just now. We will try again over the "
                    "next hours. If it has not arrived by tomorrow, ask for it again."
                ),
            )

    def add_message(self, request, level, message_template=None, *args, **kwargs) -> None:
        if message_template == CONFIRMATION_SENT and getattr(request, "mail_delayed", False):
            return  # "sent" would be untrue: send_mail said it is delayed
        super().add_message(request, level, message_template, *args, **kwargs)
