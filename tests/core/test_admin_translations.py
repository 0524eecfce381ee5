"""The admin in Arabic, where Wagtail's and allauth's own catalogues are wrong or addressed
to men: the portal's reviewed texts are the ones used (LOCALE_PATHS come first)."""

from django.utils import translation
from django.utils.translation import gettext


def test_the_reviewed_arabic_texts_win_over_the_libraries():
    with translation.override("ar"):
        assert gettext("View live") == "عرض الصفحة المنشورة"  # Wagtail: "انظر في الواقع"
        assert "paused" not in gettext("Autosave is <span>paused</span>")
        assert gettext("Please Confirm Your Email Address").startswith("أكّدي")  # allauth: أكد
