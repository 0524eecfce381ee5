"""Password rules in the portal's own words (addressed to women, as the rest of the site)."""

from django.contrib.auth.password_validation import MinimumLengthValidator
from django.utils.translation import ngettext


class MinimumLength(MinimumLengthValidator):
    """Django's rule, with its message translated: Django 5.2's Arabic catalogue misses the
    refusal (its wording changed), which then reached readers in English."""

    def get_error_message(self):
        return ngettext(
            "This password is too short: choose one of at least %(min_length)d character.",
            "This password is too short: choose one of at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
