"""One normalisation for Arabic and French text, used when indexing and when searching.

Readers type on phones, without diacritics and with spelling variants (المرأة, المراة,
المرأه; économie, economie); PDFs yield presentation forms. Both sides go through the same
steps, so what is written one way is found when typed another:

- NFKC: presentation forms and ligatures → standard letters, Persian/Arabic-Indic digits
  stay digits (mapped to 0-9 below);
- letters with hamza or madda lose them (أ إ آ → ا, ؤ → و, ئ → ي), by canonical decomposition
  and dropping the marks; alef wasla ٱ → ا; alef maqsura ى → ي; taa marbuta ة → ه;
- diacritics (tashkeel) and tatweel removed; Latin accents removed and case folded;
- French elision removed (l', d', qu', …);
- the commonest little words (في, من, de, la, of, …) left out, before stemming: they tell
  no text from another, and a word that merely stems like one (الفئة → في) would otherwise
  match nearly every text;
- a light stemmer per script: Arabic prefixes (و, ال, بال, …) and suffixes (ات, ون, ها, …);
  French plural and feminine endings. Light stemming is what the search engines themselves
  do for Arabic (Lucene's Arabic light stemmer) and is predictable for readers.

Stemming happens here rather than in PostgreSQL's `arabic`/`french` configurations so the
two database backends (PostgreSQL, SQLite) and every document, whatever its language or
mix of languages, behave the same: each word is stemmed by the rules of its own script.
"""

import re
import unicodedata

DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
LETTERS = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه", "\u0640": "", **DIGITS})
ELISION = re.compile(r"\b(?:qu|[ldjmnstc])['’]", re.IGNORECASE)
WORD = re.compile(r"\w+")
ARABIC = re.compile(r"[\u0621-\u064A]")

# As folded (hamza dropped, ى → ي, accents gone), so none may be a word of its own once
# folded: على stays (it is the name علي), as do est (l'Est), sur (sûr), the (thé), an. The
# pronoun-suffixed forms are here because they stem like other words (فيه like فئة).
STOP_WORDS = frozenset(
    # Arabic
    "و في من عن مع ان او ما لا لم لن قد ثم هذا هذه ذلك تلك التي الذي الذين هو هي كان كانت "
    "بين كل اذا عند منذ فيه فيها منه منها عنه عنها له لها به بها "
    # French
    "le la les de des du et en un une au aux pour par dans que qui ne pas se ce ces cette "
    "son sa ses sont ou y avec "
    # English
    "of and to in a is are for on with by at or as from that this it be".split()
)
ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


def fold(text: str) -> str:
    """Letters only as a reader would type them: no marks, no variants, lower case."""
    text = unicodedata.normalize("NFKC", text)
    text = ELISION.sub("", text)
    text = "".join(
        character
        for character in unicodedata.normalize("NFD", text)
        if unicodedata.category(character) != "Mn"
    )
    return unicodedata.normalize("NFC", text).translate(LETTERS).casefold()


def stem_arabic(word: str) -> str:
    if len(word) > 3 and word.startswith("و"):
        word = word[1:]
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    for suffix in ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def stem_french(word: str) -> str:
    if len(word) > 4 and word.endswith("aux"):
        return word[:-3] + "al"
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def stem(word: str) -> str:
    if ARABIC.match(word):
        return stem_arabic(word)
    if word.isalpha():
        return stem_french(word)
    return word


def terms(text: str) -> list[str]:
    """The searchable terms of a text: folded, split into words, the commonest left out,
    stemmed."""
    return [stem(word) for word in WORD.findall(fold(text)) if word not in STOP_WORDS]


def index_text(*parts: str) -> str:
    """What goes into the search index for these texts (and what queries are matched to)."""
    return " ".join(term for part in parts if part for term in terms(part))
