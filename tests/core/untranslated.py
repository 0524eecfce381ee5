"""Finding messages a reader gets in English on her Arabic or French page.

Every message the site can show comes from a catalogue (ours, Django's, allauth's,
machina's, Wagtail's): its English source text is the msgid. A page whose visible text or
announced attributes contain a msgid that her language's catalogue translates differently
shows that message untranslated (a template without {% translate %}, a validator's text,
a catalogue that misses it). Short msgids (one word: "Menu") and capitals only ("JSON
API") are left out: they are too often also a name, a format or the French word itself.
"""

import re
from functools import cache
from pathlib import Path

import django
import polib
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.utils import translation

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|\{\{[^}]*\}\}")
ANNOUNCED = ("alt", "title", "aria-label", "placeholder", "content")


def catalogue_files() -> list[Path]:
    places = [Path(django.__file__).parent / "conf" / "locale"]
    places += [Path(config.path) / "locale" for config in apps.get_app_configs()]
    places += [Path(path) for path in settings.LOCALE_PATHS]
    return [place / "ar" / "LC_MESSAGES" / "django.po" for place in places]


@cache
def source_texts() -> dict[str, str]:
    """Each msgid's longest plain run of words (placeholders cut out), if it has two words."""
    texts = {}
    for path in catalogue_files():
        if not path.exists():
            continue
        for entry in polib.pofile(str(path)):
            for source in filter(None, (entry.msgid, entry.msgid_plural)):
                run = max(PLACEHOLDER.split(source), key=len).strip(" .,:;")
                if len(run) >= 8 and len(run.split()) >= 2 and re.search("[a-z]", run):
                    texts[run] = entry.msgid
    return texts


def visible_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    announced = [
        value
        for tag in soup.find_all(True)
        for name in ANNOUNCED
        if tag.name != "meta" or name == "content"
        if isinstance(value := tag.get(name), str)
    ]
    buttons = [tag.get("value", "") for tag in soup.find_all("input", type="submit")]
    return " ".join([soup.get_text(" "), *announced, *buttons]).replace("\xa0", " ")


def untranslated(html: str, language: str) -> list[str]:
    """The English messages on a page in `language`."""
    text = " ".join(visible_text(html).split())
    found = []
    with translation.override(language):
        for run, msgid in source_texts().items():
            # A French text may be the English one ("Total"); an Arabic one never is.
            if run in text and (language == "ar" or translation.gettext(msgid) != msgid):
                found.append(run)
    return sorted(found)


def every_page_type(client, language: str):
    """(name, response) for each kind of page a reader or member meets, forms with their
    errors included (the validators' messages are the ones most often left in English)."""
    # Imported here: this module is also imported by tests that do not load the demo.
    import time

    from django.core import signing
    from machina.apps.forum.models import Forum
    from machina.apps.forum_conversation.models import Topic
    from wagtail.models import Page

    from home.models import ArticlePage, ThemePage
    from library.models import LibraryItemPage
    from tests.forum.test_forum import member
    from women_portal.accounts.forms import STARTED_SALT
    from women_portal.statistics.models import Indicator

    live = Page.objects.live().filter(locale__language_code=language)
    article = ArticlePage.objects.live().filter(locale__language_code=language).first()
    theme = ThemePage.objects.live().filter(locale__language_code=language).first()
    item = LibraryItemPage.objects.live().filter(locale__language_code="ar").first()
    forum = Forum.objects.get(name="Questions and help")
    topic = Topic.approved_objects.filter(forum=forum).first()
    forum_path = f"/{language}/forum/forum/{forum.slug}-{forum.pk}/"
    topic_path = f"{forum_path}topic/{topic.slug}-{topic.pk}/"
    gets = {
        "home": f"/{language}/",
        "theme": theme.url,
        "article": article.url,
        "standard": live.filter(slug="safety").first().url,
        "search": f"/{language}/search/?q=femme",
        "search-nothing": f"/{language}/search/?q=zzqqxx",
        "statistics": f"/{language}/statistics/",
        "indicator": f"/{language}/statistics/{Indicator.objects.first().code}/",
        "library": f"/{language}/library/?type=report",
        "library-item": item.url.replace("/ar/", f"/{language}/", 1),
        "forum-index": f"/{language}/forum/",
        "forum": forum_path,
        "topic": topic_path,
        "sign-in": f"/{language}/accounts/login/",
        "sign-up": f"/{language}/accounts/signup/",
        "password-reset": f"/{language}/accounts/password/reset/",
        "not-found": f"/{language}/no-such-page/",
        "help": f"/{language}/help/?category=violence",
        "service": f"/{language}/help/listening-centre/",
    }
    for name, path in gets.items():
        yield name, client.get(path)
    started = signing.dumps(time.time() - 60, salt=STARTED_SALT)
    signup = {"pseudonym": "", "email": "not-an-address", "website": "", "started": started}
    for name, password in (("short", "abc"), ("common", "password123"), ("digits", "20262026")):
        yield (
            f"sign-up-{name}-password",
            client.post(
                gets["sign-up"], {**signup, "password1": password, "password2": password + "x"}
            ),
        )
    yield (
        "sign-up-too-fast",
        client.post(
            gets["sign-up"], {**signup, "started": signing.dumps(time.time(), salt=STARTED_SALT)}
        ),
    )
    yield "sign-in-wrong", client.post(gets["sign-in"], {"login": "a@b.org", "password": "x"})
    client.force_login(member(f"crawl-{language}", f"crawl-{language}"))
    yield "topic-create", client.get(f"{forum_path}topic/create/")
    yield "topic-create-empty", client.post(f"{forum_path}topic/create/", {"subject": ""})
    yield "reply", client.get(f"{topic_path}post/create/")
    yield "report", client.get(f"/{language}/forum/report/{topic.first_post_id}/")
    yield "report-no-reason", client.post(f"/{language}/forum/report/{topic.first_post_id}/")
    yield "profile", client.get(f"/{language}/accounts/profile/")
    yield (
        "password-change-wrong",
        client.post(
            f"/{language}/accounts/password/change/",
            {"oldpassword": "x", "password1": "a", "password2": "b"},
        ),
    )
    client.logout()


def check_pages_speak_the_readers_language(client) -> None:
    """After load_demo_content (tests/core/test_demo_content.py): no page type, in Arabic or
    French, shows an English message, and each describes itself for search engines."""
    found = {}
    for language in ("ar", "fr"):
        for name, response in every_page_type(client, language):
            assert response.status_code in (200, 404), (language, name, response.status_code)
            html = response.content.decode()
            assert '<meta name="description" content="' in html, (language, name)
            if english := untranslated(html, language):
                found[f"{language} {name}"] = english
    assert found == {}
