# Django's Arabic formats have no date-and-time format, so the forum's dates fell back to
# the English pattern ("ديسمبر 4, 2026, 1:32 م"). Written as the site's dates are; the
# short one as Django's short date, right-to-left marks included.
DATETIME_FORMAT = "j F، Y، H:i"
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y H:i"
