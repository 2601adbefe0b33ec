"""The archive's queries as Whoosh query objects, run and cached per searcher.

A parsed query (search.querylang) becomes query objects built here, never parsed
by Whoosh: each term is an exact substring over the bigram field (OffsetPhrase),
a one-character term a term of the character field. Ranking adds the title and
jieba's words as optional clauses, so they change the order but never the set.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, OrderedDict
from dataclasses import replace

import numpy as np
from whoosh import query as wq
from whoosh.query.compound import DefaultOr

from search.engines.base import (
    FACET_FIELDS,
    TITLE_BOOST,
    TRADITIONAL,
    WORD_BOOST,
    SearchFilters,
)
from search.querylang import (
    ParsedQuery,
    QueryTerm,
    as_typed,
    over_unmarked_speeches,
    script_blind_superset,
    scripts_matter,
)

from .analyzers import jieba_words
from .matching import (
    Excluding,
    OffsetPhrase,
    RankedBy,
    Ranking,
    covering_offsets,
    ranked_documents,
    scores_of,
)

RESULT_CACHE_SIZE = 64


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


# Where a query's terms are looked up: the folded text, or (exact=True) the
# marked speeches' text folded exactly; the whole text or (in_titles) the title.
TERM_FIELDS = {
    (False, False): {"fieldname": "grams", "charfield": "chars"},
    (False, True): {"fieldname": "title_grams", "charfield": "title_chars"},
    (True, False): {"fieldname": "exact_grams", "charfield": "exact_chars"},
    (True, True): {"fieldname": "exact_title_grams", "charfield": "exact_title_chars"},
}


def required_query(parsed: ParsedQuery, *, in_titles: bool = False, exact=False):
    """Return the Whoosh query a document must match: the groups, less exclusions."""
    fields = TERM_FIELDS[exact, in_titles]
    groups = [
        any_of([term_query(term.text, **fields) for term in group])
        for group in parsed.groups
    ]
    required = wq.And(groups) if groups else wq.Every()
    if parsed.excluded:
        excluded = any_of([term_query(term.text, **fields) for term in parsed.excluded])
        required = Excluding(required, excluded)
    return required


def whoosh_query(parsed: ParsedQuery, *, in_titles: bool = False):
    """Return the Whoosh query of a parsed query (over titles only if asked)."""
    required = required_query(parsed, in_titles=in_titles)
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


def run(searcher, parsed: ParsedQuery, filters: SearchFilters, sort: str) -> Ranking:
    """Return every matching document, in the requested order.

    Results are cached with the searcher (a new searcher after every index change),
    so turning pages does not search again.
    """
    key = (parsed.groups, parsed.excluded, filters, sort)
    cache = searcher.__dict__.setdefault("_archive_results", OrderedDict())
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    if filters.exact_script:
        ranked = exact_script_ranking(searcher, parsed, filters, sort)
    else:
        ranked = ranking(searcher, parsed, filters, sort)
    cache[key] = ranked
    while len(cache) > RESULT_CACHE_SIZE:
        cache.popitem(last=False)
    return ranked


def ranking(searcher, parsed: ParsedQuery, filters: SearchFilters, sort: str):
    """Return every matching document, in the requested order (not cached)."""
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
    return ranked


def exact_script_ranking(
    searcher, parsed: ParsedQuery, filters: SearchFilters, sort: str
) -> Ranking:
    """Return the documents holding the terms in the script typed, in blind order.

    The folded search of the terms (shared with a blind search, cached) holds
    every exact match; of its documents, a speech marked as holding characters
    the script step turns is kept when its text folded exactly (the exact_*
    fields, written for marked speeches only) satisfies the query, any other
    speech when its folded text, which is its exact text, satisfies the query
    without the terms typed with such characters (querylang).
    """
    blind = replace(filters, exact_script=False)
    if not scripts_matter(parsed):
        return run(searcher, parsed, blind, sort)
    superset = script_blind_superset(parsed)
    ranked = run(searcher, superset, blind, sort)
    marked = traditional_documents(searcher)[ranked.docnums]
    context = searcher.boolean_context()
    keep = np.zeros(len(ranked), bool)
    # Each side is searched only when the superset holds a speech of its kind:
    # most matches of a simplified query are unmarked speeches, and looking its
    # words up in the exact fields of every segment cost more than the search.
    if marked.any():
        typed = required_query(
            as_typed(parsed), in_titles=filters.in_titles, exact=True
        )
        found = scores_of(typed, searcher, context).docnums
        keep |= marked & np.isin(ranked.docnums, found)
    unmarked = over_unmarked_speeches(parsed)
    if unmarked == superset:
        keep |= ~marked
    elif unmarked is not None and not marked.all():
        plain = required_query(unmarked, in_titles=filters.in_titles)
        found = scores_of(plain, searcher, context).docnums
        keep |= ~marked & np.isin(ranked.docnums, found)
    return ranked.reordered(np.flatnonzero(keep))


def traditional_documents(searcher) -> np.ndarray:
    """Return, per document, whether its speech holds traditional-only characters."""
    codes, values = column_codes(searcher, "script")
    if TRADITIONAL not in values:
        return np.zeros(len(codes), bool)
    return codes == values.index(TRADITIONAL)


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


def stored_ids(searcher, fieldname: str = "django_id") -> np.ndarray:
    """Return a stored id field of every document as a number (-1 if unset), cached.

    Read once per segment (segments never change) and joined per searcher, so
    that a search turns any number of document numbers into speech ids at once.
    """
    cache = searcher.__dict__.setdefault("_archive_stored_ids", {})
    if fieldname not in cache:
        parts = []
        for reader, _offset in searcher.reader().leaf_readers():
            kept = reader.__dict__.setdefault("_archive_stored_ids", {})
            if fieldname not in kept:
                kept[fieldname] = np.array(
                    [
                        int(reader.stored_fields(docnum).get(fieldname, -1))
                        for docnum in range(reader.doc_count_all())
                    ],
                    np.int64,
                )
            parts.append(kept[fieldname])
        cache[fieldname] = np.concatenate(parts) if parts else np.zeros(0, np.int64)
    return cache[fieldname]
