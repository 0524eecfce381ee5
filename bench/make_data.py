"""The benchmark's data set, added to the demo content: many articles, observations,
library items and forum posts (50,000 in 2,500 topics of 1 to 60 posts, plus one long topic
of 400, by 300 members, in Arabic and French, with their search entries).

Run by bench/run.py inside Django (DJANGO_SETTINGS_MODULE set), from the project's folder.
"""

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post
from wagtail.search.backends import get_search_backend

from forum.setup import NAMES as FORUM_NAMES
from home.models import ArticlePage, ThemePage
from library.models import LibraryIndexPage, LibraryItemPage
from tests.forum.bulk import add_members, add_topics, topic_sizes
from tests.library.bulk import add_items
from women_portal.core.models import Theme
from women_portal.statistics.models import Indicator, Observation

ARTICLES = 2000
LIBRARY_ITEMS = 10_000
INDICATORS = 50
YEARS = range(2005, 2015)  # 50 indicators x 10 years x 2 sexes = 1,000 observations
FORUM_POSTS = 50_000
FORUM_TOPICS = 2_500
FORUM_MEMBERS = 300
LONG_TOPIC_POSTS = 400  # the first topic, in "Questions and help"; bench/run.py reads it


def make_articles() -> None:
    themes = list(ThemePage.objects.filter(locale__language_code="ar"))
    existing = ArticlePage.objects.filter(slug__startswith="bench-").count()
    body = json.dumps([{"type": "paragraph", "value": "<p>" + "نص تجريبي للقياس. " * 80 + "</p>"}])
    for number in range(existing, ARTICLES):
        theme = themes[number % len(themes)]
        article = ArticlePage(
            title=f"مقال للقياس رقم {number}",
            slug=f"bench-{number}",
            summary="ملخص مقال يستعمل لقياس سرعة الموقع.",
            date=date(2020, 1, 1) + timedelta(days=number),
            body=body,
        )
        theme.add_child(instance=article)


def make_observations() -> None:
    work = Theme.objects.get(key="work")
    for number in range(INDICATORS):
        indicator, _ = Indicator.objects.get_or_create(
            code=f"bench-{number}",
            defaults={"theme": work, "name_ar": f"مؤشر للقياس {number}", "source_name_ar": "قياس"},
        )
        Observation.objects.bulk_create(
            [
                Observation(
                    indicator=indicator,
                    period=str(year),
                    geography="municipality",
                    sex=sex,
                    value=year % 50 + (sex == "men"),
                )
                for year in YEARS
                for sex in ("women", "men")
            ],
            ignore_conflicts=True,
        )


# An item's text: 60 words drawn from the municipality's report and the themes' words
# (about 880 in all), so that a word is found in a few hundred of the 10,000 items, as in
# a real collection, not in every one.
THEME_WORDS = (
    "المرأة العمل العنف الفقر التشغيل المشاركة الجمعيات النقابة الاقتصاد الحماية التمكين "
    "البلدية الكاف الصحة التعليم القرض المشروع الريف الفلاحة الحقوق الميزانية الشباب "
    "femmes travail violence pauvreté emploi participation associations syndicat économie "
    "protection autonomie commune santé éducation crédit projet rural agriculture droits"
).split()
REPORT = Path("library/demo_files/ogp-self-assessment-2023.txt").read_text()
LIBRARY_WORDS = sorted(set(re.findall(r"[\u0600-\u06FF]{3,}", REPORT)) | set(THEME_WORDS))


def make_library_items() -> None:
    """Bulk items (tests/library/bulk.py) with a text each, put in the search index."""
    library = LibraryIndexPage.objects.get(locale__language_code="ar")
    existing = LibraryItemPage.objects.child_of(library).filter(slug__startswith="bench-").count()
    add_items(library, LIBRARY_ITEMS - existing, prefix="bench")
    items = list(
        LibraryItemPage.objects.filter(slug__startswith="bench-")
        .select_related("organisation")  # what the index reads of each item
        .prefetch_related("tags")
    )
    for item in items:
        words = random.Random(item.pk).choices(LIBRARY_WORDS, k=60)  # noqa: S311
        item.description = " ".join(words)
    LibraryItemPage.objects.bulk_update(items, ["description"], batch_size=1000)
    backend = get_search_backend()
    for start in range(0, len(items), 1000):
        backend.add_bulk(LibraryItemPage, items[start : start + 1000])


def make_forum_posts() -> None:
    """Every forum but the announcements (only moderators post there); the long topic first."""
    if get_user_model().objects.filter(username="bench-member-0").exists():
        return
    questions = Forum.objects.get(name=FORUM_NAMES["questions"])
    others = Forum.objects.exclude(pk=questions.pk).exclude(name=FORUM_NAMES["announcements"])
    forums = [questions, *others.order_by("pk")]
    sizes = topic_sizes(FORUM_TOPICS, FORUM_POSTS - LONG_TOPIC_POSTS)
    members = add_members(FORUM_MEMBERS, prefix="bench")
    add_topics(forums, [LONG_TOPIC_POSTS, *sizes], members, prefix="bench")


make_articles()
# The articles' search-index tasks, run now: Wagtail's PostgreSQL backend averages the
# length of every entry's title with each entry it writes, so each would cost 30 times more
# once the library's and the forum's 60,000 entries are in.
call_command("db_worker", "--batch", "--no-startup-delay", "-v0")
make_observations()
make_library_items()
make_forum_posts()
print(
    f"bench data: {ArticlePage.objects.count()} articles, {Observation.objects.count()} "
    f"observations, {LibraryItemPage.objects.count()} library items, "
    f"{Post.objects.count()} forum posts"
)
