import re
from urllib.parse import quote

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# Quotes, brackets and operators mean something to the full-text engines (SQLite FTS5 fails
# on an unpaired quote): readers type words, so only words are searched.
NOT_A_WORD = re.compile(r"[^\w\s'-]+")


def search(request):
    """Pages in the reader's language that match the words she typed."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    words = " ".join(NOT_A_WORD.sub(" ", query).split())
    results = None
    if words:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        paginator = Paginator(pages.search(words), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
    context = {"query": query, "encoded_query": quote(query), "results": results}
    return render(request, "search/search.html", context)
