"""One search over pages, library (with the files' text) and statistics; nothing hidden leaks."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from modelsearch.index import insert_or_update_object
from wagtail.models import PageViewRestriction

from library.tasks import analyse_document
from tests.factories import StandardPageFactory
from tests.home.factories import ArticlePageFactory, ThemePageFactory
from tests.library.factories import (
    DocumentFactory,
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
    OrganisationFactory,
    pdf_file,
)
from tests.statistics.factories import IndicatorFactory
from women_portal.core.models import Theme
from women_portal.statistics.models import StatisticsIndexPage


def found(client, query: str, language: str = "ar", **params) -> str:
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


def results(client, query: str, language: str = "ar") -> str:
    """Only the result lists of the page (the query itself is echoed elsewhere)."""
    return " ".join(
        re.findall(r'<ol class="results">(.*?)</ol>', found(client, query, language), re.S)
    )


@pytest.fixture
def theme(homes):
    return ThemePageFactory(parent=homes["ar"], slug="work", theme=Theme.objects.get(key="work"))


@pytest.fixture
def library(homes):
    return LibraryIndexPageFactory(parent=homes["ar"])


@pytest.mark.parametrize("typed", ["المرأة", "المراة", "المرأه", "مرأة", "الْمَرْأَةُ", "للمرأة"])
def test_spelling_variants_find_the_same_article(client, theme, typed):
    ArticlePageFactory(parent=theme, slug="rights", title="حقوق المرأة في العمل")
    assert "حقوق المرأة في العمل" in found(client, typed)


@pytest.mark.parametrize("typed", ["économie", "economie", "ÉCONOMIE", "l'économie"])
def test_accents_and_elision_do_not_matter_in_french(client, homes, typed):
    StandardPageFactory(parent=homes["fr"], slug="eco", title="Économie du Kef")
    assert "Économie du Kef" in found(client, typed, "fr")


def test_a_word_found_only_inside_a_pdf_finds_the_library_item(client, library):
    document = DocumentFactory(
        file=pdf_file(pages=["تعاونية الزيتون في نبر تشغل أربعين امرأة", "Coopérative d'olives"])
    )
    analyse_document.call(document.pk)
    LibraryItemPageFactory(
        parent=library, slug="coop", title="دراسة", description="وصف قصير", document=document
    )
    page = found(client, "الزيتون")
    assert "دراسة" in page
    assert "<mark>الزيتون</mark>" in page  # the snippet shows where, in the file's text


def test_indicators_are_found_by_their_name_in_any_language(client, homes):
    statistics = StatisticsIndexPage(title="الإحصائيات", slug="statistics")
    homes["ar"].add_child(instance=statistics)
    IndicatorFactory(code="unemployment", name_ar="نسبة البطالة", name_fr="Taux de chômage")
    assert "/ar/statistics/unemployment/" in found(client, "البطالة")
    assert "/ar/statistics/unemployment/" in found(client, "chomage")


def test_results_are_grouped_with_counts_and_a_tab_per_group(client, theme, library):
    for number in range(5):
        ArticlePageFactory(parent=theme, slug=f"a{number}", title=f"العمل اللائق {number}")
    LibraryItemPageFactory(parent=library, slug="guide", title="دليل العمل اللائق")
    page = found(client, "العمل اللائق")
    assert "(5)" in page and "(1)" in page
    assert "?q=" in page and "group=pages" in page
    only_library = found(client, "العمل اللائق", group="library")
    assert "دليل العمل اللائق" in only_library and "العمل اللائق 0" not in only_library


def test_library_results_take_the_library_facets(client, library):
    LibraryItemPageFactory(parent=library, slug="law", title="قانون العمل", item_type="law")
    LibraryItemPageFactory(parent=library, slug="guide", title="دليل العمل", item_type="guide")
    page = found(client, "العمل", group="library", type="law")
    assert "قانون العمل" in page and "دليل العمل" not in page
    # What one reader chose is not what the next gets (nothing changed on the site meanwhile).
    guides = found(client, "العمل", group="library", type="guide")
    assert "دليل العمل" in guides and "قانون العمل" not in guides
    every = found(client, "العمل", group="library")
    assert "دليل العمل" in every and "قانون العمل" in every


def test_an_empty_search_suggests_the_themes(client, theme):
    page = found(client, "")
    assert 'href="/ar/work/"' in page


def test_only_the_commonest_words_say_so_and_suggest_the_themes(client, theme):
    for query, message in (
        ("في هذه", "لا تحوي كلمة يُبحث عنها"),
        ("de la", "ne contient aucun mot"),
    ):
        page = found(client, query, "ar" if message.startswith("لا") else "fr")
        assert message in page and "<mark>" not in page
    assert 'href="/ar/work/"' in found(client, "في هذه")


def test_a_word_that_stems_like_a_common_one_finds_only_itself(client, theme):
    ArticlePageFactory(parent=theme, slug="group", title="الفئة الهشة", summary="نص")
    ArticlePageFactory(parent=theme, slug="city", title="المدينة", summary="العمل في المدينة")
    page = results(client, "الفئة")
    assert "/group/" in page and "/city/" not in page


def test_a_query_of_signs_only_finds_nothing(client, theme):
    ArticlePageFactory(parent=theme, slug="article", title="مقال", summary="نص")
    for query in ("_", "__ ___"):
        assert results(client, query) == ""


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite's FTS5 search also reads titles as written"
)
def test_titles_are_matched_by_their_normalised_words(client, theme):
    ArticlePageFactory(parent=theme, slug="group", title="الفئة الهشة", summary="نص")
    ArticlePageFactory(parent=theme, slug="city", title="العمل في المدينة", summary="نص")
    page = results(client, "الفئة")
    assert "/group/" in page and "/city/" not in page


def test_a_word_only_in_the_tags_finds_the_item_quoted_from_its_text(client, theme, library):
    article = ArticlePageFactory(parent=theme, slug="tagged", title="مقال", summary="عن الشغل")
    item = LibraryItemPageFactory(parent=library, slug="tagged", description="دليل عملي")
    for page in (article, item):
        page.tags.add("مساواة")
        page.save_revision().publish()
        # Indexed again as the task worker indexes it once the publication is committed
        # (the tests' immediate task backend indexes during the save, before the tags).
        insert_or_update_object(page)
    page = results(client, "المساواة")
    assert "/tagged/" in page and "عن الشغل" in page and "دليل عملي" in page
    assert "<mark>" not in page  # a tag is a label, not text to quote


def test_snippets_quote_the_text_not_the_bylines(client, theme, library):
    """An author's or organisation's name finds the page, but is not glued into the quote."""
    ArticlePageFactory(
        parent=theme, slug="byline", summary="تقرير عن العاملات", author="فاطمة بن صالح"
    )
    organisation = OrganisationFactory(name_ar="جمعية الأمل", name_fr="جمعية الأمل")
    LibraryItemPageFactory(
        parent=library,
        slug="byline",
        description="دليل العاملات",
        creators="جمعية الأمل",
        organisation=organisation,
    )
    page = results(client, "العاملات")
    assert "/byline/" in page and "فاطمة" not in page and "الأمل" not in page
    by_name = results(client, "الأمل")  # names still find what they sign
    assert by_name.count('href="/ar/library/byline/"') == 1 and "<mark>" not in by_name


def test_nothing_found_gives_advice(client, homes):
    page = found(client, "zzzzqqq", "fr")
    assert "zzzzqqq" in page and "accents" in page


# Nothing a reader may not see is ever found.


def test_unpublished_and_draft_changes_are_not_found(client, theme, library):
    gone = ArticlePageFactory(parent=theme, slug="gone", title="مقال سحب السرية")
    gone.unpublish()
    live = ArticlePageFactory(parent=theme, slug="live", title="مقال منشور")
    live.title = "مسودة السرية"
    live.save_revision()  # a draft (e.g. in review): not what readers see
    assert results(client, "مقال") and "السرية" not in results(client, "مقال")
    assert "السرية" not in results(client, "السرية")


def test_items_in_moderation_are_not_found(client, library, django_user_model):
    contributor = django_user_model.objects.create_user("amina", "amina@example.org", "pw")
    pending = LibraryItemPageFactory(parent=library, slug="pending", title="وثيقة تنتظر المراجعة")
    pending.unpublish()
    pending.save_revision(user=contributor)
    library.get_workflow().start(pending, contributor)
    assert pending.workflow_in_progress
    assert "تنتظر المراجعة" not in results(client, "المراجعة")


def test_private_pages_are_not_found(client, homes):
    private = StandardPageFactory(parent=homes["ar"], slug="staff", title="صفحة الموظفات الخاصة")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Moderators"))
    assert "صفحة الموظفات" not in results(client, "الموظفات")


def test_library_items_hidden_from_her_are_not_found_with_or_without_facets(client, homes, library):
    LibraryItemPageFactory(parent=library, slug="seen", title="تقرير الميزانية", item_type="report")
    private = LibraryItemPageFactory(
        parent=library, slug="private", title="الميزانية السرية", item_type="report"
    )
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Moderators"))
    french = LibraryIndexPageFactory(parent=homes["fr"], slug="bibliotheque")
    LibraryItemPageFactory(
        parent=french, slug="fr", title="الميزانية بالفرنسية", item_type="report"
    )
    for facets in ({}, {"type": "report"}):
        page = found(client, "الميزانية", group="library", **facets)
        assert "تقرير الميزانية" in page
        assert "السرية" not in page and "بالفرنسية" not in page


def test_deleted_pages_leave_the_index_at_once(client, theme):
    article = ArticlePageFactory(parent=theme, slug="soon-gone", title="مقال عن الحصاد")
    assert "مقال عن الحصاد" in results(client, "الحصاد")
    article.delete()
    assert "مقال عن الحصاد" not in results(client, "الحصاد")


def test_unpublished_pages_leave_the_results_at_once(client, theme):
    article = ArticlePageFactory(parent=theme, slug="withdrawn", title="مقال عن القمح")
    assert "مقال عن القمح" in results(client, "القمح")
    article.unpublish()
    assert "مقال عن القمح" not in results(client, "القمح")
