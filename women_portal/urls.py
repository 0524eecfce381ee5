from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from forum import reports as forum_reports
from forum import urls as forum_urls
from home.feeds import LatestArticlesFeed
from library import admin_views as library_admin
from services import hsds
from women_portal.core.views import favicon, robots_txt, sitemap
from women_portal.search import views as search_views
from women_portal.statistics import api as statistics_api

# A database outage answers 503 with Retry-After; any other failure 500.html.
handler500 = "women_portal.core.errors.server_error"

# /health/ (for monitoring) is not routed here: a middleware answers it before host checks,
# redirects and the page cache (women_portal/core/health.py).

urlpatterns = [
    # Before Wagtail's own, which it stands in for (library/admin_views.py).
    path("admin/documents/chooser/chosen/<str:pk>/", library_admin.chosen_document),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("robots.txt", robots_txt),
    path("favicon.ico", favicon),
    path("api/statistics/indicators/", statistics_api.indicators, name="statistics_api_indicators"),
    path(
        "api/statistics/observations/",
        statistics_api.observations,
        name="statistics_api_observations",
    ),
    path("api/help/hsds.json", hsds.hsds_json, name="hsds_json"),
    path("api/help/hsds.zip", hsds.hsds_zip, name="hsds_zip"),
]

if settings.DEBUG:  # as nginx does in production: the public folders only, never documents
    from django.conf.urls.static import static

    for folder in settings.PUBLIC_MEDIA_FOLDERS:
        urlpatterns += static(
            settings.MEDIA_URL + folder, document_root=settings.MEDIA_ROOT / folder
        )

# Every public page carries its language: /ar/…, /fr/…, /en/…; "/" redirects by
# Accept-Language (LocaleMiddleware), falling back to Arabic.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("accounts/", include("women_portal.accounts.urls")),
    path("kiosk/", include("women_portal.kiosk.urls")),
    path("forum/report/<int:post_id>/", forum_reports.report, name="forum_report"),
    path("forum/moderation/reports/", forum_reports.reports, name="forum_reports"),
    path(
        "forum/moderation/reports/<int:post_id>/<slug:action>/",
        forum_reports.decide,
        name="forum_decide",
    ),
    path(
        "forum/moderation/suspend/<int:post_id>/",
        forum_reports.suspend_author,
        name="forum_suspend",
    ),
    path("forum/", include(forum_urls)),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
