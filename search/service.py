"""search_speeches: the one query function of the search page and /api/search.

It reads the query (querylang.py), asks the current engine (engines/) for one
page of matching speeches, then reads those speeches from the database and
finds where the terms occur in them (passages.py). The engine answers
exact-script searches itself (docs/search.md, "Exact script").
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import Counter
from dataclasses import dataclass, field, replace

from django.db import connections
from django.db.models import Q
from django.db.models.functions import Length

from speeches.models import Section, Slogan, Speech

from .engines.base import (
    FACET_FIELDS,
    Found,
    IndexUnavailable,
    SearchEngine,
    SearchFilters,
)
from .engines.connection import current_engine
from .fruitless import record_fruitless_query
from .models import IndexTask
from .passages import Passage, SectionSpan, find_passages
from .querylang import ParsedQuery, parse_query

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000
MAX_FACET_VALUES = 30
SORTS = ("relevance", "newest")
# The ``script`` option of every search surface: "exact" matches the characters
# as typed (報到 and 报到 are different words), "any" folds traditional and
# simplified together. /api/search defaults to "exact": its counts are the
# plain substring counts of Contract 2, which a researcher can reproduce from
# the texts; the search page and its feeds default to "any", for readers
# (docs/search.md, "Which script").
SCRIPT_EXACT, SCRIPT_ANY = "exact", "any"
SCRIPTS = (SCRIPT_EXACT, SCRIPT_ANY)


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass(frozen=True)
class SpeechHit:
    """One matching speech with the passages where the terms occur."""

    speech: Speech
    score: float
    passages: tuple[Passage, ...]
    passage_count: int


@dataclass(frozen=True)
class SearchPage:
    """One page of results and everything the page and the API show about them."""

    query: ParsedQuery
    filters: SearchFilters
    sort: str
    count: int
    page: int
    page_size: int
    hits: tuple[SpeechHit, ...] = ()
    facets: dict[str, tuple[FacetValue, ...]] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    slogan: Slogan | None = None
    suggestions: tuple[str, ...] = ()
    index_ready: bool = True
    index_partial: bool = False
    # A process holds the index's writer lock: a rebuild or drain is running.
    index_rebuilding: bool = False
    pending_changes: int = 0

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.page_size))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def highlight_query(self) -> str:
        return self.query.highlight_text()


HIT_FIELDS = (
    "id",
    "title",
    "body",
    "date",
    "delivered",
    "effective_date",
    "speaker",
    "occasion",
    "admin_level",
    "source_site",
)


def page_speeches(speech_ids: list[int]) -> dict[int, Speech]:
    """Return {id: speech} with the fields a page of results shows (others deferred).

    One plain query through Speech.objects.raw(): ``in_bulk`` took about twice
    as long to build and read as the database took to answer, and it added the
    model's ORDER BY, which makes SQLite sort the bodies.
    """
    if not speech_ids:
        return {}
    meta = Speech._meta
    columns = ", ".join(meta.get_field(name).column for name in HIT_FIELDS)
    marks = ", ".join(["%s"] * len(speech_ids))
    query = f"SELECT {columns} FROM {meta.db_table} WHERE {meta.pk.column} IN ({marks})"
    return {speech.pk: speech for speech in Speech.objects.raw(query, speech_ids)}


SPAN_COLUMNS = (
    "speech_id",
    "id",
    "heading",
    "label",
    "anchor",
    "start_offset",
    "end_offset",
)


def section_spans(speech_ids: list[int]) -> dict[int, list[SectionSpan]]:
    """Return the sections of some speeches as spans, in document order, by speech.

    One plain SQL query: building it with the ORM took longer than the
    database took to answer it (about 0.6 of 0.8 ms), on every search.
    """
    spans: dict[int, list[SectionSpan]] = {}
    if not speech_ids:
        return spans
    meta = Section._meta
    columns = ", ".join(meta.get_field(name).column for name in SPAN_COLUMNS)
    marks = ", ".join(["%s"] * len(speech_ids))
    speech, position = (
        meta.get_field("speech").column,
        meta.get_field("position").column,
    )
    with connections[Section.objects.db].cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM {meta.db_table} WHERE {speech} IN ({marks}) "
            f"ORDER BY {speech}, {position}",
            speech_ids,
        )
        for speech_id, *fields in cursor.fetchall():
            spans.setdefault(speech_id, []).append(SectionSpan(*fields))
    return spans


def _speech_hits(
    ranked_page: tuple[tuple[float, int], ...],
    parsed: ParsedQuery,
    filters: SearchFilters,
) -> tuple[SpeechHit, ...]:
    """Load the page's speeches, (score, speech id) each, and find their passages."""
    speech_ids = [speech_id for _score, speech_id in ranked_page]
    speeches = page_speeches(speech_ids)
    spans = section_spans(speech_ids)
    exact = filters.exact_script
    terms = [term.exact if exact else term.text for term in parsed.positive_terms]
    hits = []
    for score, speech_id in ranked_page:
        speech = speeches.get(speech_id)
        if speech is None:
            continue  # deleted since the index was read; the drainer will catch up
        passages, total = find_passages(
            title=speech.title,
            body=speech.body,
            sections=spans.get(speech_id, []),
            terms=terms,
            exact_script=exact,
        )
        hits.append(SpeechHit(speech, score, tuple(passages), total))
    return tuple(hits)


def slogan_for(parsed: ParsedQuery) -> Slogan | None:
    """Return the accepted slogan a one-term query names, if any."""
    terms = parsed.positive_terms
    if len(terms) != 1 or parsed.excluded:
        return None
    candidates = {terms[0].typed.strip(), terms[0].text}
    return (
        Slogan.objects.filter(status=Slogan.Status.ACCEPTED, text__in=candidates)
        .order_by("pk")
        .first()
    )


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def similar_slogans(text: str, limit: int = 3) -> tuple[str, ...]:
    """Return accepted slogans one character away from a query that found nothing."""
    if len(text) < 3:
        return ()
    # One edit leaves the first or the last character in place.
    texts = (
        Slogan.objects.filter(status=Slogan.Status.ACCEPTED)
        .filter(Q(text__startswith=text[0]) | Q(text__endswith=text[-1]))
        .annotate(length=Length("text"))
        .filter(length__range=(len(text) - 1, len(text) + 1))
        .values_list("text", flat=True)
    )
    return tuple(sorted(t for t in texts if _one_edit_apart(t, text))[:limit])


def search_speeches(
    *,
    q: str | None,
    filters: SearchFilters | None = None,
    sort: str = "relevance",
    page: int = 1,
    page_size: int = DEFAULT_PAGE_SIZE,
    extras: bool = True,
) -> SearchPage:
    """Find the speeches matching a query typed by a person, one page of them.

    ``extras``: also count facets, look up the slogan the query names and suggest
    slogans when nothing matches (the page shows these; the API does not).
    """
    parsed = parse_query(q)
    filters = filters or SearchFilters()
    sort = sort if sort in SORTS else "relevance"
    page_size = min(max(1, int(page_size)), MAX_PAGE_SIZE)
    page = min(max(1, int(page)), MAX_PAGE)
    result = SearchPage(
        query=parsed,
        filters=filters,
        sort=sort,
        count=0,
        page=page,
        page_size=page_size,
        notices=parsed.notices,
    )
    if parsed.is_empty:
        return result
    engine = current_engine()
    start = (page - 1) * page_size
    try:
        found = engine_found(
            engine, parsed, filters, sort, start, page_size, facets=extras
        )
    except IndexUnavailable as error:
        log.warning("search index unreadable: %s", error)
        return replace(
            result, index_ready=False, index_rebuilding=engine.writer_pid() is not None
        )
    if not found.count:
        record_fruitless_query(parsed.typed)
    return replace(
        result,
        count=found.count,
        hits=_speech_hits(found.hits, parsed, filters),
        facets=_facet_values(found.facets, filters) if extras else {},
        slogan=slogan_for(parsed) if extras else None,
        suggestions=(
            similar_slogans(parsed.positive_terms[0].text)
            if extras and not found.count and len(parsed.positive_terms) == 1
            else ()
        ),
        index_partial=found.partial,
        index_rebuilding=found.partial and engine.writer_pid() is not None,
        pending_changes=IndexTask.objects.count() if extras else 0,
    )


def engine_found(
    engine: SearchEngine,
    parsed: ParsedQuery,
    filters: SearchFilters,
    sort: str,
    start: int,
    rows: int | None,
    *,
    facets: bool,
) -> Found:
    """Return what the engine finds (exact script or blind, as the filters say)."""
    return engine.find(
        parsed, filters=filters, sort=sort, start=start, rows=rows, facets=facets
    )


def every_match(
    *, q: str, filters: SearchFilters | None = None, sort: str = "relevance"
) -> Found:
    """Return every speech a query finds, ranked (for checks and exports)."""
    parsed = parse_query(q)
    if parsed.is_empty:
        return Found(count=0)
    return engine_found(
        current_engine(),
        parsed,
        filters or SearchFilters(),
        sort if sort in SORTS else "relevance",
        0,
        None,
        facets=False,
    )


def _facet_values(counts: dict[str, Counter], filters: SearchFilters):
    values = {}
    for name in FACET_FIELDS:
        selected = getattr(filters, name)
        counted = counts.get(name, Counter())
        ordered = (
            sorted(counted.items(), key=lambda item: item[0], reverse=True)
            if name == "year"
            else counted.most_common()
        )
        values[name] = tuple(
            FacetValue(value=value, count=count, selected=value == selected)
            for value, count in ordered[:MAX_FACET_VALUES]
        )
    return values


def parse_filters(
    params, *, script: str = SCRIPT_ANY
) -> tuple[SearchFilters, tuple[str, ...]]:
    """Read filters from request parameters leniently; return them and any problems.

    ``script``: the surface's default for the ``script`` option (SCRIPTS).
    """
    problems = []

    def text(name: str) -> str:
        return (params.get(name) or "").strip()[:200]

    def date(name: str, label: str) -> dt.date | None:
        value = text(name)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            problems.append(
                f"{label}「{value}」不是日期（应为 2024-01-31 这样的格式），已忽略。"
            )
            return None

    filters = SearchFilters(
        year=text("year"),
        level=text("level"),
        site=text("site"),
        speaker=text("speaker"),
        date_from=date("date_from", "起始日期"),
        date_to=date("date_to", "截止日期"),
        in_titles=text("field") == "title",
        exact_script=script_option(text("script"), script, problems) == SCRIPT_EXACT,
    )
    return filters, tuple(problems)


def script_option(value: str, default: str, problems: list[str]) -> str:
    """Return the ``script`` option asked for, or the surface's default."""
    if not value:
        return default
    if value not in SCRIPTS:
        problems.append(
            f"字形选项「{value}」无效（应为 {' 或 '.join(SCRIPTS)}），已按默认处理。"
        )
        return default
    return value
