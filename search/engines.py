"""The seam between the archive and its search engine: Whoosh (default) or Solr.

The query function, the outbox drainer, `manage.py search_index` and /healthz ask
``current_engine()`` and never name an engine. Which one answers follows
haystack's connection, set from the environment in config/settings.py:
``SEARCH_URL=solr://…`` selects Solr, nothing selects the Whoosh index on disk.
Both build their documents from search/documents.py and search_indexes.py.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .indexing import DrainReport, DriftReport
    from .queries import SearchFilters
    from .querylang import ParsedQuery

Progress = Callable[[int, int], None]


class IndexUnavailable(Exception):
    """The engine cannot answer now (index unreadable, Solr unreachable)."""


@dataclass(frozen=True)
class Found:
    """What an engine found: the total, one page of (score, speech id), facets."""

    count: int
    hits: tuple[tuple[float, int], ...] = ()
    facets: dict[str, Counter] = field(default_factory=dict)
    partial: bool = False


class SearchEngine(Protocol):
    """What the archive needs from a search engine."""

    name: str

    def find(
        self,
        parsed: ParsedQuery,
        *,
        filters: SearchFilters,
        sort: str,
        start: int,
        rows: int | None,
        facets: bool,
    ) -> Found:
        """Return the matching speeches, one page of them (``rows`` None: all of
        them from ``start``); raise IndexUnavailable."""
        ...

    def drain(
        self,
        *,
        blocking: bool,
        limit: int | None,
        merge: bool,
        progress: Progress | None,
    ) -> DrainReport | None:
        """Index what the outbox names; None when another process is draining."""
        ...

    def rebuild(self, *, progress: Progress | None) -> DrainReport:
        """Build the index from nothing out of the database."""
        ...

    def sync(self, *, progress: Progress | None) -> DrainReport:
        """Make the index match the database from any state."""
        ...

    def drift(self) -> DriftReport:
        """Report how the index differs from the database."""
        ...

    def document_count(self) -> int:
        """Return how many speeches the index holds, without writing to it."""
        ...

    def after_request(self) -> None:
        """Do deferred upkeep once a response has gone out."""
        ...


def is_solr_backend(backend) -> bool:
    """Return True when haystack's connection speaks to Solr.

    Without importing haystack's Solr module unless it is in use: it pulls in
    pysolr and requests, about 80 ms in each worker's first search.
    """
    solr = sys.modules.get("haystack.backends.solr_backend")
    return solr is not None and isinstance(backend, solr.SolrSearchBackend)


def current_engine() -> SearchEngine:
    """Return the engine of haystack's default connection."""
    from .indexing import search_backend

    backend = search_backend()
    if is_solr_backend(backend):
        from .solr_engine import SolrEngine

        return SolrEngine(backend.conn)
    from .whoosh_engine import WhooshEngine

    return WhooshEngine(backend)
