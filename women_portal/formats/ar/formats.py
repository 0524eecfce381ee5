# Django's Arabic formats have no date-and-time format, so the forum's dates fell back to
# the English pattern ("ديسمبر 4, 2026, 1:32 م"). Written as the site's dates are.
DATETIME_FORMAT = "j F، Y، H:i"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y H:i"
