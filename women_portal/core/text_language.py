"""Which language a piece of members' or contributors' text is in, told from its letters, so
that a French title on an Arabic page (or the reverse) reads in its own direction and is
spoken by screen readers in its own language."""

import re

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# French is told from English by its accented letters and commonest words; a Latin text
# with neither is left without a language (its direction still follows its letters).
FRENCH = re.compile(
    r"[éèêëàâçùûîïôœ]|\b(le|la|les|des|du|une|est|et|pour|dans|qui|que|sur|au|aux)\b",
    re.IGNORECASE,
)


def language_of(text: str) -> str | None:
    arabic, latin = len(ARABIC.findall(text)), len(LATIN.findall(text))
    if arabic > latin:
        return "ar"
    if latin and FRENCH.search(text):
        return "fr"
    return None
