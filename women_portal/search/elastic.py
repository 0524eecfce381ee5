"""Search at scale: Elasticsearch 8, used only when ELASTICSEARCH_URL is set.

Three parts (docs/scaling.md):

- Wagtail's own Elasticsearch 8 backend indexes every page and indicator (settings/base.py
  switches WAGTAILSEARCH_BACKENDS), with analysis.py's folding analyser as the index's
  default: the fields it indexes are already normalised by normalise.py, and the analyser
  folds what is left (raw titles) the same way.
- The library has an index of its own (`LibraryItemDocument`) with keyword fields for the
  facets and each text both folded and analysed by Elasticsearch's `arabic` and `french`
  analysers; `LibraryFacetedSearch` answers a query with hits and facet counts in one
  request (aggregations), which is what a large library needs.
- The forum's approved posts have theirs (`ForumPostDocument`): the index holds exactly the
  posts that have a `forum.models.PostSearchEntry` (forum/search.py decides which, and asks
  `sync_forum_posts` to follow each change once it is committed); `ForumFacetedSearch`
  searches the forums a reader may read, with counts per forum and per year.

Nothing here talks to a server at import time; `connect()` does, when called. Every client
(this module's and Wagtail's backend, wagtail_elastic.py) gives up connecting after
CONNECT_TIMEOUT seconds and retries a refused connection once; `server` remembers an
outage, so that while Elasticsearch cannot be reached nobody waits for it (outage.py says
what is done instead).
"""

import logging
import re

import urllib3
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils.timezone import localtime
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, Urllib3HttpNode
from elastic_transport.client_utils import DEFAULT
from elasticsearch import ApiError
from elasticsearch.dsl import (
    Date,
    Document,
    FacetedSearch,
    Integer,
    Keyword,
    Q,
    TermsFacet,
    Text,
    analyzer,
    connections,
    token_filter,
)
from elasticsearch.helpers import bulk

from women_portal.core.breaker import Breaker

from .analysis import FRENCH_ELISION, PORTAL_TEXT
from .backends import REQUEST_TIMEOUT
from .normalise import ARABIC, index_text, terms

logger = logging.getLogger(__name__)

LIBRARY_INDEX = "women_portal_library"
# Not women_portal_forum_*: Wagtail's backend names its indexes prefix + app + "_" + model.
FORUM_INDEX = "women_portal_forumposts"

french_elision = token_filter("portal_french_elision", **FRENCH_ELISION)
portal_text = analyzer(
    "portal_text",
    tokenizer=PORTAL_TEXT["tokenizer"],
    filter=[
        french_elision if name == french_elision._name else name for name in PORTAL_TEXT["filter"]
    ],
)


def language_text(**kwargs) -> Text:
    """Folded text, plus the same text through Elasticsearch's Arabic and French analysers."""
    return Text(
        analyzer=portal_text,
        fields={"ar": Text(analyzer="arabic"), "fr": Text(analyzer="french")},
        **kwargs,
    )


class LibraryItemDocument(Document):
    title = language_text()
    description = language_text()
    creators = language_text()
    text = language_text()  # the file's text
    folded = Text(analyzer="whitespace")  # normalise.index_text of all the above
    item_type = Keyword()
    themes = Keyword(multi=True)
    languages = Keyword(multi=True)
    organisation = Keyword()
    year = Integer()
    published = Date()
    locale = Keyword()
    url = Keyword(index=False)

    class Index:
        name = LIBRARY_INDEX
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_item(cls, item) -> "LibraryItemDocument":
        texts = [*item.searchable_texts(), *item.searchable_labels()]
        return cls(
            meta={"id": item.pk},
            title=item.title,
            description=item.description,
            creators=item.creators,
            text=item.extracted_text(),
            folded=index_text(item.title, *texts),
            item_type=item.item_type,
            themes=[theme.key for theme in item.themes.all()],
            languages=[language.code for language in item.languages.all()],
            organisation=item.organisation.slug if item.organisation else None,
            year=item.publication_date.year,
            published=item.publication_date,
            locale=item.locale.language_code,
            url=item.url,
        )


def every_word(search, query: str, fields: list[str]):
    """Every word, either as Elasticsearch analyses it (Arabic and French stemmers) or
    normalised by us (`folded`), so every spelling finds the same documents."""
    if not query:
        return search
    analysed = Q(
        "multi_match",
        query=query,
        fields=[field for field in fields if field != "folded"],
        type="cross_fields",
        operator="and",
    )
    folded = Q("match", folded={"query": " ".join(terms(query)), "operator": "and"})
    return search.query("bool", should=[analysed, folded], minimum_should_match=1)


TEXT_FIELDS = [
    "title^3",
    "title.ar^3",
    "title.fr^3",
    "description^2",
    "description.ar^2",
    "description.fr^2",
    "creators",
    "text",
    "text.ar",
    "text.fr",
    "folded",
]


class LibraryFacetedSearch(FacetedSearch):
    """Items of one language matching the words, with counts for every facet."""

    index = LIBRARY_INDEX
    doc_types = [LibraryItemDocument]
    fields = TEXT_FIELDS
    facets = {
        "type": TermsFacet(field="item_type"),
        "theme": TermsFacet(field="themes"),
        "language": TermsFacet(field="languages"),
        "year": TermsFacet(field="year", size=50),
        "organisation": TermsFacet(field="organisation", size=50),
    }

    def __init__(self, query: str, language: str, filters=None, sort=()):
        self.language = language
        super().__init__(query.strip(), filters or {}, sort)

    def search(self):
        return super().search().filter("term", locale=self.language)

    def query(self, search, query):
        return every_word(search, query, self.fields)


LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def written_in(*texts: str) -> str | None:
    """Arabic ("ar") when most of the letters are Arabic. Posts carry no language, and French
    and English share their letters, so a post in Latin letters is left without one."""
    text = " ".join(texts)
    arabic, latin = len(ARABIC.findall(text)), len(LATIN.findall(text))
    return "ar" if arabic > latin else None


def poster_name(post) -> str | None:
    """Her pseudonym, the name the forum shows beside the post; none for a member who has
    left (privacy.forget) or a post without a member. Never her e-mail, login or IP."""
    try:
        profile = post.poster.profile
    except (AttributeError, ObjectDoesNotExist):
        return None
    return None if profile.is_former else profile.pseudonym


class ForumPostDocument(Document):
    """An approved post, as `forum.models.PostSearchEntry` has it (subject: its topic's)."""

    subject = language_text()
    text = language_text()  # the post as written (Markdown)
    folded = Text(analyzer="whitespace")  # normalise.index_text of subject and text
    forum_id = Integer()
    forum_name = Keyword()
    topic_id = Integer()
    poster = Keyword()  # poster_name
    created = Date()
    year = Integer()
    language = Keyword()  # written_in

    class Index:
        name = FORUM_INDEX
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_entry(cls, entry) -> "ForumPostDocument":
        return cls(
            meta={"id": entry.post_id},
            subject=entry.subject,
            text=entry.text,
            folded=index_text(entry.subject, entry.text),
            forum_id=entry.forum_id,
            forum_name=entry.forum.name,
            topic_id=entry.post.topic_id,
            poster=poster_name(entry.post),
            created=entry.created,
            year=localtime(entry.created).year,  # the site's year, as created__year
            language=written_in(entry.subject, entry.text),
        )


FORUM_TEXT_FIELDS = [
    "subject^3",
    "subject.ar^3",
    "subject.fr^3",
    "text",
    "text.ar",
    "text.fr",
    "folded",
]


class ForumFacetedSearch(FacetedSearch):
    """Posts of the forums this reader may read matching the words, with counts per forum
    and per year."""

    index = FORUM_INDEX
    doc_types = [ForumPostDocument]
    fields = FORUM_TEXT_FIELDS
    facets = {
        "forum": TermsFacet(field="forum_id", size=50),
        "year": TermsFacet(field="year", size=50),
    }

    def __init__(self, query: str, readable_forums, filters=None, sort=()):
        self.readable_forums = sorted(readable_forums)
        super().__init__(query.strip(), filters or {}, sort)

    def search(self):
        # A filter, not a facet: the counts too are of readable forums only.
        return super().search().filter("terms", forum_id=self.readable_forums)

    def query(self, search, query):
        return every_word(search, query, self.fields)


def enabled() -> bool:
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


CONNECT_TIMEOUT = 2.0  # seconds: a server that does not even answer is not waited for


class QuickToGiveUpNode(Urllib3HttpNode):
    """The client's own node, with a connect timeout of its own: the client knows only one
    timeout for the whole request, which a search may need, and an unreachable host (a
    firewall that drops, a machine that is off) would hold each request for all of it."""

    def perform_request(self, method, target, body=None, headers=None, request_timeout=DEFAULT):
        total = self.config.request_timeout if request_timeout is DEFAULT else request_timeout
        if total is not None:
            request_timeout = urllib3.Timeout(connect=min(CONNECT_TIMEOUT, total), read=total)
        return super().perform_request(
            method, target, body=body, headers=headers, request_timeout=request_timeout
        )


# For every client: the node above; a refused connection is tried once more (a server
# restarting), a timeout is not (the client's default: retry_on_timeout=False).
CLIENT_OPTIONS = {"node_class": QuickToGiveUpNode, "max_retries": 1}

# The outage of Elasticsearch, as this process has seen it (women_portal/core/breaker.py).
server = Breaker(
    logger,
    down="Elasticsearch cannot be reached (%s): searches are answered from the database, "
    "and the index changes that could not be brought in step in Elasticsearch wait in the "
    "catch-up queue until it returns (or run manage.py catch_up_search)",
    back="Elasticsearch is reachable again: searches use it, the catch-up queue is sent",
    retry_after=30.0,
)


def is_outage(error: BaseException) -> bool:
    """Elasticsearch cannot be reached or cannot answer now (as opposed to a request of
    ours it refuses, which is a bug to see)."""
    if isinstance(error, (TransportConnectionError, ConnectionTimeout)):
        return True
    return isinstance(error, ApiError) and (error.status_code >= 500 or error.status_code == 429)


def connect() -> None:
    """The client of this module's documents, to ELASTICSEARCH_URL; any outage seen before
    is forgotten (a new address is tried at once)."""
    connections.create_connection(
        hosts=[settings.ELASTICSEARCH_URL], request_timeout=REQUEST_TIMEOUT, **CLIENT_OPTIONS
    )
    server.reset()


def index_item(item) -> None:
    """Add or refresh a live item; take it out of the index otherwise."""
    if item.live and not item.get_view_restrictions().exists():
        LibraryItemDocument.from_item(item).save(refresh=True)
    else:
        remove_item(item.pk)


def remove_item(pk: int) -> None:
    client = connections.get_connection().options(ignore_status=404)  # already gone: fine
    client.delete(index=LIBRARY_INDEX, id=pk, refresh=True)


def library_items():
    """The items readers may find (live, public), with what their documents need."""
    from library.models import LibraryItemPage

    return (
        LibraryItemPage.objects.live()
        .public()
        .select_related("organisation", "locale", "document__analysis")
        .prefetch_related("themes", "languages", "tags")
    )


def forum_entries():
    """The search entries of approved posts, with what their documents need."""
    from forum.models import PostSearchEntry

    return PostSearchEntry.objects.select_related("forum", "post__poster__profile")


class IndexSyncError(Exception):
    pass


def sync_documents(index: str, ids, documents) -> None:
    """Make `index` hold, for these ids, these documents and nothing else: the ids without
    a document are deleted. One request, visible to searches as soon as it returns
    (refresh)."""
    documents = list(documents)
    actions = [document.to_dict(include_meta=True) for document in documents]
    kept = {document.meta.id for document in documents}
    actions += [
        {"_op_type": "delete", "_index": index, "_id": pk} for pk in sorted(set(ids) - kept)
    ]
    _done, errors = bulk(connections.get_connection(), actions, refresh=True, raise_on_error=False)
    errors = [error for error in errors if error.get("delete", {}).get("status") != 404]
    if errors:
        raise IndexSyncError(f"{len(errors)} documents could not be indexed: {errors[:3]}")


def sync_forum_posts(post_ids) -> None:
    """The forum's index holds, for these posts, the document of each post that has a
    search entry, no document for the others."""
    post_ids = set(post_ids)
    if post_ids:
        entries = forum_entries().filter(post_id__in=post_ids)
        sync_documents(FORUM_INDEX, post_ids, map(ForumPostDocument.from_entry, entries))


def sync_library_items(pks) -> None:
    """The library's index holds, for these items, the document of each one readers may
    find, no document for the others."""
    pks = set(pks)
    if pks:
        items = library_items().filter(pk__in=pks)
        sync_documents(LIBRARY_INDEX, pks, map(LibraryItemDocument.from_item, items))
