"""Snippets: a few words of the original text around the first match, matches marked.

The index holds normalised terms, the page shows the text as written (with its hamzas,
accents and diacritics). A loose regular expression built from the query's terms finds the
first place quickly, even in a long PDF's text; the words of the snippet are then compared
term by term, so exactly the words that matched are marked.
"""

import functools
import re
from html import escape  # Django's escape, without its lazy-text wrapper (per word here)
from itertools import islice

from django.utils.safestring import SafeString, mark_safe

from .normalise import terms

SNIPPET_WORDS = 30
MAX_SCANNED = 300_000  # characters of a long text looked at for the first match
MARKS = "[\u064b-\u065f\u0670\u0640]*"  # diacritics and tatweel between letters
LETTER_VARIANTS = {
    "ا": "[اأإآٱ]",
    "ي": "[يىئ]",
    "ه": "[هة]",
    "و": "[وؤ]",
    "a": "[aàâä]",
    "c": "[cç]",
    "e": "[eéèêë]",
    "i": "[iîï]",
    "o": "[oôö]",
    "u": "[uùûü]",
}
TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")


def loose_pattern(query_terms: list[str]) -> re.Pattern | None:
    """Matches, in the original text, any word that may normalise to one of the terms."""
    alternatives = [
        MARKS.join(LETTER_VARIANTS.get(letter, re.escape(letter)) for letter in term)
        for term in query_terms
        if term
    ]
    if not alternatives:
        return None
    return re.compile("|".join(alternatives), re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def marks(query: str) -> tuple[frozenset[str], re.Pattern | None]:
    """The query's terms and their loose pattern: the same for every hit of a search."""
    wanted = frozenset(terms(query))
    return wanted, loose_pattern(sorted(wanted, key=len, reverse=True))


def snippet(text: str, query: str) -> SafeString:
    """About SNIPPET_WORDS words of `text` around the first match, matched words in <mark>."""
    wanted, pattern = marks(query)
    head = text[:MAX_SCANNED]
    found = pattern.search(head) if pattern else None
    start = max(0, head.rfind(" ", 0, max(0, found.start() - 80)) if found else 0)
    window = head[start:]
    words = list(islice(TOKEN.finditer(window), SNIPPET_WORDS))
    if not words:
        return mark_safe("")  # noqa: S308 # nosec - constant
    end = words[-1].end()
    html, position = [], 0
    for word in words:
        html.append(escape(window[position : word.start()]))
        # The loose pattern first: normalising every word of the window costs more.
        if pattern and pattern.search(word.group()) and wanted.intersection(terms(word.group())):
            html.append(f"<mark>{escape(word.group())}</mark>")
        else:
            html.append(escape(word.group()))
        position = word.end()
    html.append(escape(window[position:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + end < len(text) else ""
    return mark_safe(prefix + "".join(html).strip() + suffix)  # noqa: S308 # nosec - escaped above
