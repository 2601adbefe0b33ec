"""search_speeches: the one query function of the search page and /api/search.

A query (querylang.py) becomes Whoosh query objects built here, never parsed by
Whoosh: each term is an exact substring over the bigram field (OffsetPhrase),
one-character terms use the character field. Ranking adds the title and jieba's
words as optional clauses, so they change the order but never the set.

The engine that runs them comes from engines.current_engine(): Whoosh runs the
query objects built here; Solr runs the same query translated by solr_query.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace

import numpy as np
from django.db import connections
from django.db.models import Q
from django.db.models.functions import Length
from whoosh import query as wq
from whoosh.query.compound import DefaultOr

from speeches.models import Section, Slogan, Speech

from .analyzers import jieba_words
from .dictionary import applied_words, apply_words, dictionary_hash, start_jieba
from .engines import Found, IndexUnavailable, current_engine
from .folding import fold, tells_scripts_apart
from .matching import (
    Excluding,
    OffsetPhrase,
    RankedBy,
    Ranking,
    covering_offsets,
    ranked_documents,
)
from .meta import IndexMeta, meta_stamp, read_index_meta
from .models import IndexTask
from .passages import Passage, SectionSpan, find_passages
from .querylang import ParsedQuery, QueryTerm, parse_query

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000
TITLE_BOOST = 2.0
WORD_BOOST = 0.5
FACET_FIELDS = ("year", "level", "site", "speaker")
MAX_FACET_VALUES = 30
RESULT_CACHE_SIZE = 64
SORTS = ("relevance", "newest")
# Speeches read per round when an exact-script search checks the texts.
EXACT_CHECK_BATCH = 200


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


# Building Whoosh queries


def any_of(queries: list):
    """Return an OR of queries that steps through postings rather than preloading them.

    Whoosh's plain Or preloads every posting of every clause on indexes under
    5,000 documents, which costs more than it saves for common words.
    """
    return queries[0] if len(queries) == 1 else DefaultOr(queries)


def term_query(
    text: str,
    *,
    fieldname: str = "grams",
    charfield: str = "chars",
    boost: float = 1.0,
):
    """Return the Whoosh query matching documents that contain ``text`` exactly."""
    if len(text) == 1:
        return wq.Term(charfield, text, boost=boost)
    words = [
        (offset, text[offset : offset + 2]) for offset in covering_offsets(len(text))
    ]
    return OffsetPhrase(fieldname, words, boost=boost)


def ranking_query(term: QueryTerm) -> list:
    """Return optional clauses that rank a matching speech higher."""
    clauses = []
    if len(term.text) >= 2:
        clauses.append(
            term_query(term.text, fieldname="title_grams", boost=TITLE_BOOST)
        )
    # Whole words only (jieba's default mode; the index holds them among its
    # search-mode words) and no single characters: they rank nothing and cost much.
    words = {
        word
        for word, _start, _end in jieba_words(term.text, mode="default")
        if len(word) >= 2
    }
    clauses.extend(wq.Term("text", word, boost=WORD_BOOST) for word in sorted(words))
    return clauses


def whoosh_query(parsed: ParsedQuery, *, in_titles: bool = False):
    """Return the Whoosh query of a parsed query (over titles only if asked)."""
    fields = (
        {"fieldname": "title_grams", "charfield": "title_chars"} if in_titles else {}
    )
    groups = [
        any_of([term_query(term.text, **fields) for term in group])
        for group in parsed.groups
    ]
    required = wq.And(groups) if groups else wq.Every()
    if parsed.excluded:
        excluded = any_of([term_query(term.text, **fields) for term in parsed.excluded])
        required = Excluding(required, excluded)
    boosts = [
        clause for term in parsed.positive_terms for clause in ranking_query(term)
    ]
    return RankedBy(required, boosts) if boosts else required


def filter_query(filters: SearchFilters):
    """Return the Whoosh query that the filters amount to, or None."""
    clauses = [
        wq.Term(name, getattr(filters, name))
        for name in FACET_FIELDS
        if getattr(filters, name)
    ]
    if filters.date_from or filters.date_to:
        start = (
            dt.datetime.combine(filters.date_from, dt.time.min)
            if filters.date_from
            else None
        )
        end = (
            dt.datetime.combine(filters.date_to, dt.time.max)
            if filters.date_to
            else None
        )
        clauses.append(wq.DateRange("date", start, end))
    return wq.And(clauses) if clauses else None


# Running them


def column_values(searcher, fieldname: str) -> list:
    """Return a column's value for every document (None if unset), cached.

    Read segment by segment: a segment where no document has a value has no
    column at all, and Whoosh's multi-segment column reader would then shift
    every later document's value onto the wrong document.
    """
    cache = searcher.__dict__.setdefault("_archive_columns", {})
    if fieldname not in cache:
        values: list = []
        for reader, _offset in searcher.reader().leaf_readers():
            if reader.has_column(fieldname):
                values.extend(reader.column_reader(fieldname, translate=True))
            else:
                values.extend([None] * reader.doc_count_all())
        cache[fieldname] = values
    return cache[fieldname]


def column_codes(searcher, fieldname: str) -> tuple[np.ndarray, list[str]]:
    """Return each document's value of a column as a number, and the values, cached.

    ``values[codes[docnum]]`` is the document's value ("" when unset); the
    values are in ascending order, so codes sort as the values do.
    """
    cache = searcher.__dict__.setdefault("_archive_codes", {})
    if fieldname not in cache:
        texts = [value or "" for value in column_values(searcher, fieldname)]
        values, codes = np.unique(np.array(texts, dtype=str), return_inverse=True)
        cache[fieldname] = (codes.astype(np.int64), values.tolist())
    return cache[fieldname]


def _run(searcher, parsed: ParsedQuery, filters: SearchFilters, sort: str) -> Ranking:
    """Return every matching document, in the requested order.

    Results are cached with the searcher (a new searcher after every index change),
    so turning pages does not search again.
    """
    key = (parsed.groups, parsed.excluded, filters, sort)
    cache = searcher.__dict__.setdefault("_archive_results", OrderedDict())
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    restriction = filter_query(filters)
    ranked = ranked_documents(
        searcher,
        whoosh_query(parsed, in_titles=filters.in_titles),
        allowed=None if restriction is None else set(restriction.docs(searcher)),
    )
    if sort == "newest":
        # Newest day first; within a day, best first; then lower document number.
        days = column_codes(searcher, "day")[0][ranked.docnums]
        ranked = ranked.reordered(np.lexsort((ranked.docnums, -ranked.scores, -days)))
    cache[key] = ranked
    while len(cache) > RESULT_CACHE_SIZE:
        cache.popitem(last=False)
    return ranked


def facet_counts(searcher, ranked: Ranking) -> dict[str, Counter]:
    """Count the matching documents per value of each facet field."""
    counts = {}
    for name in FACET_FIELDS:
        codes, values = column_codes(searcher, name)
        counted = np.bincount(codes[ranked.docnums], minlength=len(values))
        counts[name] = Counter(
            {values[code]: int(counted[code]) for code in np.flatnonzero(counted)}
        )
        counts[name].pop("", None)
    return counts


# (stamp of the meta file, the meta) as last read by this process.
_meta_seen: list = [None, None]


def forget_query_dictionary() -> None:
    """Make the next search read the index's meta file again."""
    _meta_seen[:] = [None, None]


def sync_query_dictionary(index_path) -> IndexMeta | None:
    """Cut queries with the words the index was built with (meta file), if changed.

    Return the index's meta: a stat per search, a read only when it changed.
    """
    stamp = meta_stamp(index_path)
    if stamp is not None and stamp == _meta_seen[0]:
        return _meta_seen[1]
    meta = read_index_meta(index_path)
    start_jieba()
    if meta is not None and meta.dictionary != dictionary_hash(applied_words()):
        apply_words(meta.words)
    _meta_seen[:] = [stamp, meta]
    return meta


HIT_FIELDS = (
    "id",
    "title",
    "body",
    "date",
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
        if filters.exact_script and scripts_matter(parsed):
            found = exact_script_found(
                engine, parsed, filters, sort, start, page_size, facets=extras
            )
        else:
            found = engine.find(
                parsed,
                filters=filters,
                sort=sort,
                start=start,
                rows=page_size,
                facets=extras,
            )
    except IndexUnavailable as error:
        log.warning("search index unreadable: %s", error)
        return replace(result, index_ready=False)
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
        pending_changes=IndexTask.objects.count() if extras else 0,
    )


def scripts_matter(parsed: ParsedQuery) -> bool:
    """Return True when an exact-script search could find less than a blind one."""
    terms = (*parsed.positive_terms, *parsed.excluded)
    return any(tells_scripts_apart(term.exact) for term in terms)


def exact_script_found(
    engine, parsed: ParsedQuery, filters: SearchFilters, sort, start, rows, *, facets
) -> Found:
    """Return the speeches that hold the terms in the script they were typed in.

    The index folds scripts together, so it finds a superset: every speech
    that holds the terms in either script (excluded terms that tell scripts
    apart are left to the check, which is stricter). Each one's text is then
    read and checked, and facets counted from the database.
    """
    wide = replace(
        parsed,
        excluded=tuple(t for t in parsed.excluded if not tells_scripts_apart(t.exact)),
    )
    candidates = engine.find(
        wide, filters=filters, sort=sort, start=0, rows=None, facets=False
    )
    kept: list[tuple[float, int]] = []
    hits = list(candidates.hits)
    for first in range(0, len(hits), EXACT_CHECK_BATCH):
        batch = hits[first : first + EXACT_CHECK_BATCH]
        speeches = Speech.objects.filter(pk__in=[pk for _score, pk in batch])
        texts = {
            pk: title if filters.in_titles else title + "\n" + body
            for pk, title, body in speeches.values_list("pk", "title", "body")
        }
        for score, pk in batch:
            if pk in texts and holds_exactly(
                parsed, fold(texts[pk], exact_script=True)
            ):
                kept.append((score, pk))
    return Found(
        count=len(kept),
        hits=tuple(kept[start : start + rows]),
        facets=database_facets([pk for _score, pk in kept]) if facets else {},
        partial=candidates.partial,
    )


def holds_exactly(parsed: ParsedQuery, folded: str) -> bool:
    """Return True when a text folded exactly satisfies a query, script and all."""
    return all(
        any(term.exact in folded for term in group) for group in parsed.groups
    ) and not any(term.exact in folded for term in parsed.excluded)


def database_facets(speech_ids: list[int]) -> dict[str, Counter]:
    """Count speeches per facet value, read from the database."""
    counts = {name: Counter() for name in FACET_FIELDS}
    for first in range(0, len(speech_ids), EXACT_CHECK_BATCH):
        rows = Speech.objects.filter(
            pk__in=speech_ids[first : first + EXACT_CHECK_BATCH]
        ).values_list("effective_date", "admin_level", "source_site", "speaker")
        for day, level, site, speaker in rows:
            values = (str(day.year) if day else "", level, site, speaker)
            for name, value in zip(FACET_FIELDS, values, strict=True):
                if value:
                    counts[name][value] += 1
    return counts


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


def parse_filters(params) -> tuple[SearchFilters, tuple[str, ...]]:
    """Read filters from request parameters leniently; return them and any problems."""
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
        exact_script=text("script") == "exact",
    )
    return filters, tuple(problems)
