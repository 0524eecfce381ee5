"""Members write in Arabic or French whatever the page's language: each title and message
keeps its own language and direction (women_portal/core/text_language.py)."""

import re

import pytest
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.test_forum import member
from women_portal.core.text_language import language_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("كيف أحصل على بطاقة العلاج المجاني؟", "ar"),
        ("Assister à une séance du conseil municipal ?", "fr"),
        ("Le conseil municipal se réunit demain", "fr"),
        ("سؤال عن السيرة الذاتية CV", "ar"),
        ("Inès: CV", "fr"),
        ("OK", None),
        ("2026", None),
    ],
)
def test_the_language_is_told_from_the_letters(text, language):
    assert language_of(text) == language


def test_a_french_topic_reads_left_to_right_on_the_arabic_pages(client, homes, questions):
    author = member("ines", "Inès")
    topic = Topic.objects.create(
        forum=questions, poster=author, subject="Où trouver l'ordre du jour ?", type=0, status=0
    )
    Post.objects.create(
        topic=topic, poster=author, subject=topic.subject, content="Il est affiché à l'entrée."
    )
    french = 'lang="fr" dir="ltr"'
    listing = client.get(f"/ar/forum/forum/{questions.slug}-{questions.pk}/").content.decode()
    assert re.search(f'class="topic-name-link" {french}>Où trouver', listing)
    page = client.get(
        f"/ar/forum/forum/{questions.slug}-{questions.pk}/topic/{topic.slug}-{topic.pk}/"
    ).content.decode()
    assert f"<h1 {french}>Où trouver" in page
    assert f'<div class="post-content" {french}>' in page
    assert 'lang="ar" dir="rtl"' not in page.split("<main")[1]  # nothing else is marked


def test_an_arabic_message_is_marked_arabic_on_the_french_pages(client, homes, post):
    topic, forum = post.topic, post.topic.forum
    page = client.get(
        f"/fr/forum/forum/{forum.slug}-{forum.pk}/topic/{topic.slug}-{topic.pk}/"
    ).content.decode()
    assert '<div class="post-content" lang="ar" dir="rtl">' in page
