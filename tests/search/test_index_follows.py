"""Search follows every change readers can see (issue #22): an organisation renamed, a topic
renamed or moved, a member renamed or gone, a library item unpublished, an article moved.
(And a tag renamed.) Through the search page (Wagtail's database index), and, for Elasticsearch, through what
would be sent to it (a stand-in server, as in test_forum_elastic.py)."""

import re

from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from modelsearch.index import insert_or_update_object
from taggit.models import Tag

from tests.forum.test_forum_search import forum_results, post_in
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.library.factories import (
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
    OrganisationFactory,
)
from women_portal.core.models import Theme
from women_portal.search.normalise import index_text

from .test_forum_elastic import committed, connected, fake_es  # noqa: F401 (fixtures)


def library_results(client, query: str) -> str:
    page = client.get("/ar/search/", {"q": query, "group": "library"}).content.decode()
    return " ".join(re.findall(r'<ol class="results">(.*?)</ol>', page, re.S))


def an_organisation_with_items(homes):
    organisation = OrganisationFactory(name_ar="جمعية الزيتونة", name_fr="Association Zitouna")
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(
        parent=library, slug="report", title="تقرير", organisation=organisation
    )
    draft = LibraryItemPageFactory(
        parent=library, slug="draft", title="مسودة", organisation=organisation
    )
    draft.unpublish()
    return organisation, item


def rename(organisation) -> None:
    organisation.name_ar = "جمعية السنبلة"
    organisation.name_fr = "Association Sounboula"
    organisation.save()


def test_a_renamed_organisations_items_are_found_by_its_new_name_only(client, homes):
    organisation, item = an_organisation_with_items(homes)
    rename(organisation)
    for new_name in ("السنبلة", "Sounboula"):
        assert "/report/" in library_results(client, new_name), new_name
    for old_name in ("الزيتونة", "Zitouna"):
        assert library_results(client, old_name) == "", old_name


def test_a_renamed_organisation_reaches_its_items_documents(committed, homes):  # noqa: F811
    organisation, item = an_organisation_with_items(homes)
    organisation.slug = "sounboula"
    ((op, pk, document),) = committed(lambda: rename(organisation))  # not the draft
    assert (op, pk, document["organisation"]) == ("index", item.pk, "sounboula")
    words = document["folded"].split()
    assert set(index_text("السنبلة Sounboula").split()) <= set(words)
    assert not set(index_text("الزيتونة Zitouna").split()) & set(words)


def a_topic_with_a_reply(questions):
    first = post_in(questions, "سؤال عن الحضانة", "نص السؤال")
    Post.objects.create(
        topic=first.topic, poster=first.poster, subject="رد", content="جواب عن الإجراءات"
    )
    return Topic.objects.get(pk=first.topic_id)


def test_a_renamed_topic_is_found_by_its_new_subject_only(client, homes, questions):
    topic = a_topic_with_a_reply(questions)
    topic.subject = "سؤال عن النفقة"  # as a moderator renames it
    topic.save()
    found = forum_results(client, "النفقة")
    assert found.count("<li>") == 2  # the question and its reply
    assert forum_results(client, "الحضانة") == ""


def test_a_moved_topic_is_shown_in_its_new_forum(client, homes, questions):
    topic = a_topic_with_a_reply(questions)
    work = Forum.objects.get(name="Women's work")
    topic.forum = work
    topic.save()
    found = forum_results(client, "الإجراءات")
    assert f"-{work.pk}/topic/" in found and f"-{questions.pk}/topic/" not in found


def test_a_deleted_member_leaves_search_with_her_posts(client, homes, questions):
    post = post_in(questions, "سؤال عن المنحة", "نص")
    post_in(questions, "سؤال آخر عن المنحة", "نص")
    post.poster.delete()
    found = forum_results(client, "المنحة")
    assert "سؤال آخر" in found and "سؤال عن المنحة" not in found


def test_a_deleted_member_leaves_the_elastic_index(questions, committed):  # noqa: F811
    post = post_in(questions, "سؤال عن المنحة", "نص")
    sent = {pk: (op, document) for op, pk, document in committed(post.poster.delete)}
    assert sent[post.pk] == ("delete", None)


def test_an_unpublished_library_item_leaves_search_at_once(client, homes):
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(parent=library, slug="withdrawn", title="دليل الحصاد")
    assert "/withdrawn/" in library_results(client, "الحصاد")
    item.unpublish()
    assert library_results(client, "الحصاد") == ""


def test_an_unpublished_library_item_leaves_the_elastic_index(homes, fake_es):  # noqa: F811
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(parent=library, slug="withdrawn", title="دليل الحصاد")
    fake_es.requests.clear()
    item.unpublish()
    assert [(method, path) for method, path, _query, _body in fake_es.requests] == [
        ("DELETE", f"/women_portal_library/_doc/{item.pk}")
    ]


def test_a_moved_article_is_found_at_its_new_address(client, homes):
    work = ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    protection = ThemePageFactory(
        parent=homes["ar"], slug="protection", theme=Theme.objects.get(key="protection")
    )
    article = ArticlePageFactory(parent=work, slug="care", title="رعاية الأطفال")
    assert "/ar/work/care/" in client.get("/ar/search/", {"q": "رعاية"}).content.decode()
    article.move(protection, pos="last-child")
    page = client.get("/ar/search/", {"q": "رعاية"}).content.decode()
    assert "/ar/protection/care/" in page and "/ar/work/care/" not in page


def test_a_renamed_tags_pages_are_found_by_its_new_name_only(client, homes):
    theme = ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))
    article = ArticlePageFactory(parent=theme, slug="tagged", title="مقال", summary="نص")
    library = LibraryIndexPageFactory(parent=homes["ar"])
    item = LibraryItemPageFactory(parent=library, slug="tagged-item", description="وصف")
    for page in (article, item):
        page.tags.add("مساواة")
        page.save_revision().publish()
        insert_or_update_object(page)  # as the task worker does once the tags are saved
    tag = Tag.objects.get(name="مساواة")
    tag.name = "الإنصاف"  # an editor renames it in the admin
    tag.save()
    page = client.get("/ar/search/", {"q": "الإنصاف"}).content.decode()
    assert "/tagged/" in page and "/tagged-item/" in page
    assert "/tagged" not in client.get("/ar/search/", {"q": "مساواة"}).content.decode()
