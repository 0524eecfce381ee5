"""The normalisation shared by indexing and searching, on a table of word pairs."""

import pytest

from women_portal.search.normalise import fold, index_text, stem, terms

# (as written in a document, as a reader may type it): both must give the same terms.
SAME_TERMS = [
    ("المرأة", "المراة"),
    ("المرأة", "المرأه"),
    ("المرأة", "مرأة"),
    ("الْمَرْأَةُ", "المرأة"),  # tashkeel
    ("الكـــاف", "الكاف"),  # tatweel
    ("إحصائيات", "احصائيات"),  # alef with hamza below
    ("آمنة", "امنة"),  # alef with madda
    ("ٱلمرأة", "المرأة"),  # alef wasla
    ("مستشفى", "مستشفي"),  # alef maqsura
    ("مسؤولية", "مسوولية"),  # hamza on waw
    ("رئيسة", "رييسة"),  # hamza on yaa
    ("﻿ﺍﻟﻤﺮﺃﺓ", "المرأة"),  # presentation forms, as PDFs give them
    ("\ufefbجئات", "لاجئات"),  # lam-alef ligature
    ("١٨٩٩", "1899"),  # Arabic-Indic digits
    ("۲۰۲۳", "2023"),  # Persian digits
    ("والمرأة", "المرأة"),  # conjunction + article
    ("بالمرأة", "المرأة"),
    ("للمرأة", "المرأة"),
    ("العاملات", "عاملة"),  # plural and article
    ("économie", "economie"),
    ("Économie", "ECONOMIE"),
    ("l'économie", "économie"),  # elision
    ("d’emploi", "emploi"),  # typographic apostrophe
    ("qu'elles", "elles"),
    ("femmes", "femme"),  # plural
    ("journaux", "journal"),
    ("sécurité", "securite"),
    ("travailleuses", "travailleuse"),
]


@pytest.mark.parametrize(("written", "typed"), SAME_TERMS)
def test_variants_give_the_same_terms(written, typed):
    assert terms(written) == terms(typed)


DIFFERENT_TERMS = [
    ("عمل", "علم"),  # different roots stay different
    ("femme", "ferme"),
    ("loi", "lois ouvrières"),
    ("رئيسة", "رسالة"),
]


@pytest.mark.parametrize(("one", "other"), DIFFERENT_TERMS)
def test_different_words_stay_different(one, other):
    assert terms(one) != terms(other)


def test_fold_removes_marks_and_variants_but_keeps_the_letters():
    assert fold("الْمَرْأَةُ في الكـــاف") == "المراه في الكاف"
    assert fold("L'Économie du Kef") == "economie du kef"


def test_stems_are_never_shorter_than_two_letters():
    for word in ("ال", "وال", "به", "ها", "es", "ses", "x"):
        assert len(stem(fold(word))) >= min(2, len(fold(word)))


def test_index_text_joins_the_terms_of_every_part():
    assert index_text("المرأة العاملة", "", "Des femmes") == "مرا عامل femm"


def test_the_commonest_words_are_left_out_before_stemming():
    assert terms("في المدينة") == terms("المدينة")
    assert terms("l'économie de la femme") == terms("économie femme")
    assert terms("هذه في فيها") == terms("of and") == []
    # A word that merely stems like one of them is kept (الفئة → فيه → في), and so is a
    # word that folds into one of another language.
    assert terms("الفئة") == ["في"]
    assert terms("على") == terms("علي") != []  # folded, "on" is the name Ali
    for word in ("l'Est", "sûr", "thé", "un an"):
        assert terms(word) != []
