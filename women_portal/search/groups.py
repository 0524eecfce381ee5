"""What one search looks through, group by group, and how each result is shown.

Every group searches only what this reader may see: live, public pages of her language;
indicators (published data, the same in every language); approved posts of the forums she
may read (forum/search.py keeps them in step). With ELASTICSEARCH_URL set, the library and the
forum are searched in their Elasticsearch indexes (elastic.py) and the hits checked against
the database before they are shown. A group made with `use_elastic=False` searches the
database (while Elasticsearch is down: outage.py).
"""

import functools
import hashlib
import operator
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Q, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, PageViewRestriction, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

from forum.models import PostSearchEntry
from forum.permissions import PermissionHandler
from library.browse import chosen, narrowed
from library.models import LibraryItemPage
from services.models import ServicePage
from women_portal.pagecache.cache import remember
from women_portal.statistics.models import Indicator, StatisticsIndexPage

from . import elastic, outage
from .highlight import snippet
from .normalise import terms
from .ranking import RankedResults, id_sql

MAX_ELASTIC_HITS = 200


@dataclass
class Hit:
    title: str
    url: str
    kind: str
    snippet: str
    published: date | None = None


def page_hit(page, query: str, request=None) -> Hit:
    when = getattr(page, "date", None) or getattr(page, "publication_date", None)
    kind = (
        page.get_item_type_display()
        if isinstance(page, LibraryItemPage)
        else page._meta.verbose_name.capitalize()
    )
    source = page.snippet_source() if hasattr(page, "snippet_source") else ""
    url = page.get_url(request)  # with the request, the site's root paths are read once
    return Hit(page.title, url, str(kind), snippet(source, query), when)


def public(pages):
    """Wagtail's `public()`: pages outside private sections. The sections are remembered
    until the next change (a view restriction or a page saved renews them), not read for
    every group of every search."""
    sections = remember(
        "private-sections",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
        per_language=False,
    )
    return pages.exclude(
        functools.reduce(
            operator.or_, (Q(path__startswith=path) for path in sections), Q(pk__in=[])
        )
    )


def readable(pages, locale: Locale):
    """What a reader may find of `pages`: live, public, in her language."""
    return public(pages.live()).filter(locale=locale)


class Group:
    name = ""
    label = ""

    def __init__(self, locale: Locale, params, user=None, request=None, use_elastic=None):
        self.locale = locale
        self.params = params
        self.user = user or AnonymousUser()
        self.request = request
        # Elasticsearch, or the database (by default: Elasticsearch while it can be reached).
        self.use_elastic = outage.elastic_usable() if use_elastic is None else use_elastic

    def shown(self):
        """The objects of this group, read with what their hits show."""
        raise NotImplementedError

    def candidates(self):
        """What this reader may find in this group."""
        raise NotImplementedError

    def visible(self):
        """The candidates as the ranking checks them, by id, against the entries of this
        group's types: a cheaper query where one gives the same ids."""
        return self.candidates()

    def reader_key(self) -> str:
        """What decides this reader's candidates besides the group, her language and the
        site's state (view restrictions, what is live): with those, the key under which
        their SQL is remembered. Every group says it, or readers would share candidates."""
        raise NotImplementedError

    def visible_sql(self) -> tuple[str, dict] | None:
        """visible() as SQL, remembered until the next change of the site: building and
        compiling these filters cost a quarter of a search's Python."""
        reader = hashlib.sha256(self.reader_key().encode()).hexdigest()  # a short key
        return remember(
            f"search-visible:{self.name}:{self.locale.pk}:{reader}",
            lambda: id_sql(self.visible()),
            per_language=False,
        )

    def searched_types(self) -> list[int] | None:
        """The content types whose index entries hold the candidates (None: the shown
        model and its subclasses)."""
        return None

    def hit(self, result, query: str) -> Hit:
        return page_hit(result, query, self.request)

    def hits(self, results, query: str) -> list[Hit]:
        return [self.hit(result, query) for result in results]

    def search(self, query: str):
        """Results with every word first; if there are none, with any of them."""
        words = terms(query)
        results = self.matches(words, any_word=False)
        if len(words) > 1 and results.count() == 0:  # for one word, "any" is "every"
            results = self.matches(words, any_word=True)
        return results

    def matches(self, words: list[str], any_word: bool):
        backend = get_search_backend("default" if self.use_elastic else outage.database_backend())
        if isinstance(backend, PostgresSearchBackend):
            types = self.searched_types()
            return RankedResults(
                self.visible_sql(), self.shown(), words, any_word, backend.config, types
            )
        words_joined_by = "or" if any_word else "and"
        return backend.search(" ".join(words), self.candidates(), operator=words_joined_by)


class PagesGroup(Group):
    name = "pages"
    label = _("Articles and pages")

    def shown(self):
        return Page.objects.specific()

    def candidates(self):
        return readable(self.shown(), self.locale).not_type(LibraryItemPage, ServicePage)

    def reader_key(self) -> str:
        return ""  # the same for every reader of her language

    def searched_types(self) -> list[int]:
        # The library's thousands of entries are not read only to be left out.
        pages = [
            model
            for model in get_page_models()
            if not issubclass(model, (LibraryItemPage, ServicePage))
        ]
        return [
            content_type.pk for content_type in ContentType.objects.get_for_models(*pages).values()
        ]


class ServicesGroup(Group):
    name = "services"
    label = _("Where to get help")

    def shown(self):
        return ServicePage.objects.all()

    def candidates(self):
        return readable(self.shown(), self.locale)

    def reader_key(self) -> str:
        return ""  # the same for every reader of her language


class LibraryGroup(Group):
    name = "library"
    label = _("Library")

    def shown(self):
        # What the hits' snippets read (the file's text).
        return LibraryItemPage.objects.select_related("document__analysis")

    def candidates(self):
        items = readable(self.shown(), self.locale)
        choices = chosen(self.params)
        if not any(choices.values()):
            return items
        # As ids: the database backends filter only on declared fields with plain lookups
        # (an organisation's slug or a date's year would raise on SQLite).
        return items.filter(pk__in=narrowed(LibraryItemPage.objects.all(), choices).values("pk"))

    def reader_key(self) -> str:
        """The facets chosen (well-formed values only, see chosen()), in one order."""
        return "&".join(
            f"{name}={value}"
            for name, values in sorted(chosen(self.params).items())
            for value in sorted(set(values))
        )

    def visible(self):
        if any(chosen(self.params).values()):  # the facets read the items' own table
            return self.candidates()
        # Without them, the pages' table alone says which library items she may see: one
        # index probe per match instead of two (about 2 ms a search for a common word).
        return readable(Page.objects.all(), self.locale)

    def search(self, query: str):
        if not self.use_elastic:
            return super().search(query)
        faceted = elastic.LibraryFacetedSearch(
            query, self.locale.language_code, chosen(self.params)
        )
        pks = [int(hit.meta.id) for hit in faceted[:MAX_ELASTIC_HITS].execute()]
        # What readers may see is checked here again: the index may lag behind by a moment.
        ranked = Case(*(When(pk=pk, then=rank) for rank, pk in enumerate(pks)))
        return (
            self.candidates().filter(pk__in=pks).order_by(ranked)
            if pks
            else self.candidates().none()
        )


class StatisticsGroup(Group):
    name = "statistics"
    label = _("Statistics")

    def __init__(self, locale: Locale, params, user=None, request=None, use_elastic=None):
        super().__init__(locale, params, user, request, use_elastic)
        self.base_url = remember("statistics-url", self.find_base_url)

    def find_base_url(self) -> str | None:
        page = StatisticsIndexPage.objects.live().filter(locale=self.locale).first()
        return page.url if page else None

    def shown(self):
        return Indicator.objects.all()

    def candidates(self):
        return self.shown() if self.base_url else self.shown().none()

    def reader_key(self) -> str:
        return ""  # published figures, for every reader

    def hit(self, indicator, query: str) -> Hit:
        url = f"{self.base_url}{indicator.code}/"
        return Hit(indicator.name, url, str(_("Indicator")), snippet(indicator.description, query))


def forum_choices(params) -> dict[str, list[str]]:
    """The forums and years chosen in the query string (ids, four-digit years), as
    ForumFacetedSearch's facets name them; anything else cannot match."""
    forums = [value for value in params.getlist("forum")[:20] if value.isdigit()]
    years = [value for value in params.getlist("year")[:20] if value.isdigit() and len(value) == 4]
    return {name: values for name, values in (("forum", forums), ("year", years)) if values}


class ForumGroup(Group):
    name = "forum"
    label = _("Forum")

    @functools.cached_property
    def readable_forum_ids(self) -> list[int]:
        """The forums this reader may read, by id, in order."""
        return PermissionHandler().readable_forum_ids(self.user)

    def shown(self):
        return PostSearchEntry.objects.select_related("post__topic__forum")  # hits' addresses

    def candidates(self):
        return self.shown().filter(forum__in=self.readable_forum_ids)

    def reader_key(self) -> str:
        return ",".join(map(str, self.readable_forum_ids))

    def search(self, query: str):
        if not self.use_elastic:
            return super().search(query)
        readable = self.readable_forum_ids
        # The facets (forum, year) narrow the hits in Elasticsearch only: the database
        # backend cannot filter entries by year (PostSearchEntry declares `forum` only).
        faceted = elastic.ForumFacetedSearch(query, readable, forum_choices(self.params))
        post_ids = [int(hit.meta.id) for hit in faceted[:MAX_ELASTIC_HITS].execute()]
        # Checked here again, as for the library: a post hidden a moment ago is never listed.
        ranked = Case(*(When(post_id=pk, then=rank) for rank, pk in enumerate(post_ids)))
        return (
            self.candidates().filter(post_id__in=post_ids).order_by(ranked)
            if post_ids
            else self.candidates().none()
        )

    def hit(self, entry, query: str) -> Hit:
        topic = entry.post.topic
        url = reverse(
            "forum_conversation:topic",
            args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk],
        )
        return Hit(
            entry.subject,
            f"{url}?post={entry.post_id}#{entry.post_id}",
            str(_("Forum post")),
            snippet(entry.text, query),
            entry.created.date(),
        )


GROUPS = [PagesGroup, ServicesGroup, LibraryGroup, StatisticsGroup, ForumGroup]
