"""Elasticsearch analysis settings, as plain data (settings/base.py and elastic.py use them).

One analyser folds text the way normalise.py does: case, Latin accents, Arabic letter
variants and diacritics (arabic_normalization), Eastern digits, French elision.
"""

FRENCH_ELISION = {
    "type": "elision",
    "articles_case": True,
    "articles": [
        "l",
        "m",
        "t",
        "qu",
        "n",
        "s",
        "j",
        "d",
        "c",
        "jusqu",
        "quoiqu",
        "lorsqu",
        "puisqu",
    ],
}
PORTAL_TEXT = {
    "type": "custom",
    "tokenizer": "standard",
    "filter": [
        "lowercase",
        "decimal_digit",
        "arabic_normalization",
        "portal_french_elision",
        "asciifolding",
    ],
}
# For Wagtail's backend: the default analyser of the index it creates.
INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {"default": PORTAL_TEXT},
            "filter": {"portal_french_elision": FRENCH_ELISION},
        }
    }
}
