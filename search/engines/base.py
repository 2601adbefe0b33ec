"""What the archive asks of a search engine, and what an engine answers.

The search service, the outbox, `manage.py search_index` and /healthz speak to
an engine only through ``SearchEngine``; the request and result types here are
plain values (no Django), shared by every engine.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from search.querylang import ParsedQuery

# Progress of a long run: (done, total).
Progress = Callable[[int, int], None]
# The facets a search counts and filters by, in the order the page shows them.
FACET_FIELDS = ("year", "level", "site", "speaker")
# Ranking: a match in the title counts double; jieba's (or smartcn's) whole
# words of the query add half a term's score. Neither changes the set.
TITLE_BOOST = 2.0
WORD_BOOST = 0.5
# The ``script`` field's value for a speech whose title or body holds a
# character the folding turns simplified (folding.holds_traditional); unset for
# every other speech. Only these can read differently to an exact-script
# search: the index holds their text folded exactly too (the exact_* fields).
TRADITIONAL = "traditional"


@dataclass(frozen=True)
class IndexMeta:
    """What an index was built with.

    ``format`` names the fields and folding (documents.INDEX_FORMAT);
    ``dictionary`` is the hash of jieba's user words the index was cut with, and
    ``words`` the words themselves; ``complete`` is False while a rebuild is
    filling the index.
    """

    format: str
    dictionary: str
    words: tuple[str, ...] = field(default=())
    complete: bool = True


class IndexUnavailable(Exception):
    """The engine cannot answer now (index missing or unreadable, Solr unreachable)."""


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing of a search: facet values (exact), a date range (inclusive), and
    where and how terms match: titles only, the script as written."""

    year: str = ""
    level: str = ""
    site: str = ""
    speaker: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    in_titles: bool = False
    exact_script: bool = False

    def active(self) -> dict[str, str]:
        """Return the filters that are set, as query parameters."""
        values = {name: getattr(self, name) for name in FACET_FIELDS}
        values["date_from"] = self.date_from.isoformat() if self.date_from else ""
        values["date_to"] = self.date_to.isoformat() if self.date_to else ""
        values["field"] = "title" if self.in_titles else ""
        values["script"] = "exact" if self.exact_script else ""
        return {name: value for name, value in values.items() if value}


@dataclass(frozen=True)
class Found:
    """What an engine found: the total, one page of (score, speech id), facets."""

    count: int
    hits: tuple[tuple[float, int], ...] = ()
    facets: dict[str, Counter] = field(default_factory=dict)
    partial: bool = False


@dataclass
class DrainReport:
    """What one drain (or rebuild) did."""

    indexed: int = 0
    removed: int = 0
    characters: int = 0
    rebuilt: bool = False
    dictionary_changed: bool = False
    seconds: float = 0.0
    # Rows left queued because only `manage.py search_index` may rebuild.
    awaiting_rebuild: bool = False

    def add(self, part: DrainReport) -> None:
        """Add what another part of the same drain did."""
        self.indexed += part.indexed
        self.removed += part.removed
        self.characters += part.characters
        self.rebuilt |= part.rebuilt
        self.dictionary_changed |= part.dictionary_changed
        self.awaiting_rebuild |= part.awaiting_rebuild


@dataclass(frozen=True)
class DriftReport:
    """How the index differs from the database."""

    missing: tuple[int, ...] = ()
    stale: tuple[int, ...] = ()
    orphans: tuple[int, ...] = ()
    pending: int = 0
    format_ok: bool = True
    dictionary_ok: bool = True
    speeches: int = 0
    documents: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def in_sync(self) -> bool:
        return (
            not self.missing
            and not self.stale
            and not self.orphans
            and self.format_ok
            and self.dictionary_ok
        )


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
        rebuild: bool,
        progress: Progress | None,
    ) -> DrainReport | None:
        """Index what the outbox names; None when another process is draining.

        ``rebuild``: build the index from nothing if it cannot be read as it is;
        otherwise leave the outbox alone (never inside a web request).
        """
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

    def writer_pid(self) -> int | None:
        """Return the living process that is writing the index, if it is known."""
        ...
