import secrets

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def populate_username(self, request, user):
        """A username nobody sees and that tells nothing (allauth would take it from the
        e-mail address): members are known by their pseudonym only."""
        user.username = f"member-{secrets.token_hex(8)}"
