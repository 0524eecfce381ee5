import json

import wagtail_factories
from factory import Sequence

from home.models import ArticlePage, ThemePage
from women_portal.core.models import Theme


class ThemePageFactory(wagtail_factories.PageFactory):
    title = "الفقر"
    theme = Sequence(lambda n: Theme.objects.order_by("sort_order")[n % 7])

    class Meta:
        model = ThemePage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = Sequence(lambda n: f"مقال {n}")
    summary = "ملخص المقال"
    body = json.dumps([{"type": "paragraph", "value": "<p>نص المقال</p>"}])

    class Meta:
        model = ArticlePage
