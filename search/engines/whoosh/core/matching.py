"""A Whoosh query for terms at fixed offsets from each other: exact substrings.

A folded term of n characters occurs at position p of a document exactly when
each of a set of bigrams covering it occurs at p + its offset. Two bigrams per
four characters suffice ("新闻联播" = 新闻 at 0, 联播 at 2), which halves the
postings to read compared with Whoosh's Phrase over every bigram.

The archive's queries run one way, ``scores_of``, over the whole index at once:
each term's postings are read as numpy arrays from every segment
(codec.read_postings), rarest word first; the offsets are lined up, the
documents counted and scored with array operations. No Python call per
document: a phrase such as 新闻联播, in every bulletin, costs what a rare one
does plus a little per posting. Whoosh's matcher protocol (its ``search()``) is
not used for them: every segment is written by the archive's codec, which the
index format guarantees (documents.INDEX_FORMAT).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh.query import And, AndNot, Every, Or, Term
from whoosh.query.qcore import Query
from whoosh.scoring import BM25FScorer, WeightScorer

from .codec import joined_postings, read_postings, term_info
from .scoring import PhraseScorer, bm25_array, field_length_array
from .whoosh_private import deleted_documents


def covering_offsets(length: int, width: int = 2) -> list[int]:
    """Return offsets of n-grams that cover a term of ``length`` characters.

    For width 2: 5 characters -> [0, 2, 3], 4 -> [0, 2], 2 -> [0].
    """
    if length < width:
        return []
    offsets = list(range(0, length - width + 1, width))
    if offsets[-1] != length - width:
        offsets.append(length - width)
    return offsets


class OffsetPhrase(Query):
    """Match documents where each word occurs at its offset from a common start."""

    def __init__(
        self, fieldname: str, words: list[tuple[int, str]], boost: float = 1.0
    ):
        self.fieldname = fieldname
        self.words = list(words)
        self.boost = boost

    def __eq__(self, other):
        return (
            other is not None
            and self.__class__ is other.__class__
            and self.fieldname == other.fieldname
            and self.words == other.words
            and self.boost == other.boost
        )

    def __hash__(self):
        return hash((self.__class__.__name__, self.fieldname, tuple(self.words)))

    def __repr__(self):
        return f"{self.__class__.__name__}({self.fieldname!r}, {self.words!r})"

    def is_leaf(self):
        return True

    def field(self):
        return self.fieldname

    def has_terms(self):
        return True

    def terms(self, phrases=False):
        if phrases:
            for _offset, word in self.words:
                yield self.fieldname, word

    def _and_query(self):
        return And([Term(self.fieldname, word) for _offset, word in self.words])

    def estimate_size(self, ixreader):
        return self._and_query().estimate_size(ixreader)

    def estimate_min_size(self, ixreader):
        return self._and_query().estimate_min_size(ixreader)

    def matcher(self, searcher, context=None):
        raise TypeError(UNSTEPPED)


UNSTEPPED = (
    "the archive's queries run over whole posting lists: use matching.scores_of "
    "or ranked_documents, not Whoosh's search()"
)


# Whole lists: every match of a query, as arrays


@dataclass(frozen=True)
class Scored:
    """Matching documents of a segment or of the whole index, and their scores.

    The documents ascend and are distinct (Ranking holds them in rank order).
    """

    docnums: np.ndarray
    scores: np.ndarray

    def __len__(self) -> int:
        return len(self.docnums)

    def boosted(self, boost: float) -> Scored:
        return self if boost == 1.0 else Scored(self.docnums, self.scores * boost)


NOTHING = Scored(np.zeros(0, np.int64), np.zeros(0))
# Lined-up positions are compared as one number: document << 32 | start + BIAS.
START_BITS = 32


def sorted_intersection(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return the values in both of two ascending arrays of distinct values."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return a
    found = np.searchsorted(b, a)
    found[found == len(b)] = len(b) - 1
    return a[b[found] == a]


def runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the distinct values of a sorted array and how often each occurs."""
    firsts = np.flatnonzero(np.diff(values, prepend=values[0] - 1))
    return values[firsts], np.diff(firsts, append=len(values))


def positions_of(scored: Scored, docnums: np.ndarray) -> np.ndarray:
    """Return where each of ``docnums`` sits in ``scored`` (all must be there)."""
    return np.searchsorted(scored.docnums, docnums)


def archive_leaves(searcher) -> list:
    """Return the segments of a searcher and their first document numbers."""
    return list(searcher.reader().leaf_readers())


def term_infos(leaves, fieldname: str, btext: bytes) -> list:
    """Return (segment, first document, term info) for each segment holding a term."""
    return [
        (reader, offset, info)
        for reader, offset in leaves
        if (info := term_info(reader, fieldname, btext)) is not None
    ]


def read_term(infos, *, positions=False):
    """Return a term's postings in every segment as one list (see codec.read_postings)."""
    return joined_postings(
        [
            (read_postings(reader, info, positions=positions), offset)
            for reader, offset, info in infos
        ]
    )


def term_scores(searcher, context, fieldname: str, text, boost: float) -> Scored:
    """Return a term's documents scored as Whoosh's Term would score them."""
    leaves = archive_leaves(searcher)
    if fieldname not in searcher.schema:
        return NOTHING
    btext = searcher.schema[fieldname].to_bytes(text)
    infos = term_infos(leaves, fieldname, btext)
    if not infos:
        return NOTHING
    postings = read_term(infos)
    weighting = context.weighting if context is not None else searcher.weighting
    if weighting is None:  # a boolean context: the set matters, not the scores
        return Scored(postings.ids, np.zeros(len(postings)))
    scorer = weighting.scorer(searcher, fieldname, btext)
    if isinstance(scorer, BM25FScorer):
        lengths = field_length_array(searcher.reader(), fieldname)[postings.ids]
        scores = bm25_array(
            scorer.idf, postings.weights, lengths, scorer.avgfl, scorer.B, scorer.K1
        )
    elif isinstance(scorer, WeightScorer):
        scores = postings.weights
    else:
        raise TypeError(f"unexpected scorer {type(scorer).__name__} for {fieldname}")
    return Scored(postings.ids, scores).boosted(boost)


def phrase_scores(query: OffsetPhrase, searcher, context) -> Scored:
    """Return the documents where an OffsetPhrase's words line up, scored."""
    leaves = archive_leaves(searcher)
    if query.fieldname not in searcher.schema:
        return NOTHING
    field = searcher.schema[query.fieldname]
    words = []
    for offset, word in query.words:
        infos = term_infos(leaves, query.fieldname, field.to_bytes(word))
        if not infos:
            return NOTHING
        frequency = sum(info.doc_frequency() for _reader, _offset, info in infos)
        words.append((frequency, offset, infos))
    words.sort(key=lambda item: item[0])
    # Documents holding every word, rarest word first: a rare word leaves few
    # candidates whose positions are worth lining up.
    candidates, lists = None, []
    for _frequency, offset, infos in words:
        postings = read_term(infos, positions=True)
        candidates = (
            postings.ids
            if candidates is None
            else sorted_intersection(candidates, postings.ids)
        )
        if not len(candidates):
            return NOTHING
        lists.append((offset, postings))
    # Starts where every word sits at its offset, as document << 32 | start.
    bias = max(offset for offset, _word in query.words)
    starts = None
    for offset, postings in lists:
        ids, counts, positions = postings.ids, postings.counts, postings.positions
        if len(ids) != len(candidates):
            keep = np.isin(ids, candidates, assume_unique=True)
            ids, counts = ids[keep], counts[keep]
            positions = positions[np.repeat(keep, postings.counts)]
        keys = (np.repeat(ids, counts) << START_BITS) + (positions + (bias - offset))
        starts = keys if starts is None else sorted_intersection(starts, keys)
        if not len(starts):
            return NOTHING
    docnums, frequencies = runs(starts >> START_BITS)
    weighting = context.weighting if context is not None else searcher.weighting
    if weighting is None:  # a boolean context: the set matters, not the scores
        return Scored(docnums, np.zeros(len(docnums)))
    scorer = PhraseScorer(
        searcher, query.fieldname, [word for _offset, word in query.words], weighting
    )
    return Scored(docnums, scorer.scores(docnums, frequencies)).boosted(query.boost)


def combined(query, searcher, context) -> Scored:
    """Return the matches of an And or a plain Or, scores summed as Whoosh sums them."""
    parts = [scores_of(sub, searcher, context) for sub in query.subqueries]
    if not parts:
        return NOTHING
    if isinstance(query, And):
        docnums = parts[0].docnums
        for part in parts[1:]:
            docnums = sorted_intersection(docnums, part.docnums)
        scores = np.zeros(len(docnums))
        for part in parts:
            scores += part.scores[positions_of(part, docnums)]
    else:
        docnums = np.unique(np.concatenate([part.docnums for part in parts]))
        scores = np.zeros(len(docnums))
        for part in parts:
            scores[np.searchsorted(docnums, part.docnums)] += part.scores
    return Scored(docnums, scores).boosted(query.boost)


def ranked_by_scores(query: RankedBy, searcher, context) -> Scored:
    """Return the required query's matches, plus the optional clauses' scores."""
    required = scores_of(query.required, searcher, context)
    if not len(required):
        return required
    scores = required.scores.copy()
    for clause in query.telling_clauses(searcher.get_parent()):
        optional = scores_of(clause, searcher, context)
        found = np.minimum(positions_of(required, optional.docnums), len(required) - 1)
        hit = required.docnums[found] == optional.docnums
        scores[found[hit]] += optional.scores[hit]
    return Scored(required.docnums, scores)


def every_document(searcher, boost: float) -> Scored:
    """Return every document of the index that is not deleted, each scored ``boost``."""
    docnums = []
    for reader, offset in archive_leaves(searcher):
        ids = np.arange(reader.doc_count_all(), dtype=np.int64)
        deleted = deleted_documents(reader)
        if deleted is not None:
            ids = ids[~np.isin(ids, deleted)]
        docnums.append(ids + offset)
    found = np.concatenate(docnums) if docnums else NOTHING.docnums
    return Scored(found, np.full(len(found), float(boost)))


def scores_of(query, searcher, context=None) -> Scored:
    """Return every match of a query and its score, in document order.

    The archive's query shapes only: phrases and terms, And, plain Or,
    exclusion, every document, and the ranking clauses.
    """
    if isinstance(query, RankedBy):
        return ranked_by_scores(query, searcher, context)
    if isinstance(query, OffsetPhrase):
        if len(query.words) == 1:
            return term_scores(
                searcher, context, query.fieldname, query.words[0][1], query.boost
            )
        return phrase_scores(query, searcher, context)
    if type(query) is Term:
        return term_scores(searcher, context, query.fieldname, query.text, query.boost)
    if isinstance(query, Excluding):
        wanted = scores_of(query.a, searcher, context)
        unwanted = scores_of(query.b, searcher, searcher.boolean_context())
        keep = ~np.isin(wanted.docnums, unwanted.docnums, assume_unique=True)
        return Scored(wanted.docnums[keep], wanted.scores[keep])
    if type(query) is Every:
        return every_document(searcher, query.boost)
    if type(query) is And or (
        isinstance(query, Or) and not query.minmatch and query.scale is None
    ):
        return combined(query, searcher, context)
    raise TypeError(f"not one of the archive's query shapes: {query!r}")


@dataclass(frozen=True)
class Ranking:
    """Every document a query matches, in order: numbers and scores as arrays."""

    scores: np.ndarray
    docnums: np.ndarray

    def __len__(self) -> int:
        return len(self.docnums)

    def pairs(self, start: int = 0, stop: int | None = None) -> list[tuple[float, int]]:
        """Return (score, docnum) of the documents from ``start`` to ``stop``."""
        return list(
            zip(
                self.scores[start:stop].tolist(),
                self.docnums[start:stop].tolist(),
                strict=True,
            )
        )

    def reordered(self, order: np.ndarray) -> Ranking:
        return Ranking(self.scores[order], self.docnums[order])


def ranked_documents(searcher, query, allowed=None) -> Ranking:
    """Return every document a query matches, best first.

    The same documents and order as ``searcher.search(query, limit=None,
    filter=...).top_n`` (higher score first, then lower document number),
    without Whoosh's collector and its Python calls per matching document.
    The whole index is read at once, not segment by segment: each query word
    costs a few array operations however many segments hold it.
    ``allowed``: the document numbers a filter lets through, or None for all.
    """
    found = scores_of(query, searcher, searcher.context())
    docnums, scores = found.docnums, found.scores
    if allowed is not None:
        keep = np.isin(docnums, np.fromiter(allowed, np.int64, len(allowed)))
        docnums, scores = docnums[keep], scores[keep]
    order = np.lexsort((docnums, -scores))
    return Ranking(scores[order], docnums[order])


class RankedBy(Query):
    """The documents of one query, scored by it plus any optional queries they match.

    Whoosh's AndMaybe does the same by stepping two matcher trees in step; this
    reads the required documents once and adds the optional scores in bulk. An
    optional query that matches most documents of the index is skipped.
    """

    def __init__(self, required, optional):
        self.required = required
        self.optional = list(optional)

    def __eq__(self, other):
        return (
            other is not None
            and self.__class__ is other.__class__
            and self.required == other.required
            and self.optional == other.optional
        )

    def __hash__(self):
        return hash((self.__class__.__name__, self.required, tuple(self.optional)))

    def __repr__(self):
        return f"{self.__class__.__name__}({self.required!r}, {self.optional!r})"

    def is_leaf(self):
        return False

    def children(self):
        return [self.required, *self.optional]

    def estimate_size(self, ixreader):
        return self.required.estimate_size(ixreader)

    def estimate_min_size(self, ixreader):
        return self.required.estimate_min_size(ixreader)

    def telling_clauses(self, top_searcher) -> list:
        """Return the optional clauses that fewer than half of all documents match.

        A clause that most documents match cannot tell them apart (新闻联播 in
        the title of every bulletin). Counted once per search over the whole
        index: per segment would cost a lookup in every segment for every segment.
        """
        key = id(top_searcher)
        if getattr(self, "_telling", (None, None))[0] != key:
            everything = top_searcher.reader()
            limit = everything.doc_count() / 2
            self._telling = (
                key,
                [q for q in self.optional if q.estimate_size(everything) <= limit],
            )
        return self._telling[1]

    def matcher(self, searcher, context=None):
        raise TypeError(UNSTEPPED)


class Excluding(AndNot):
    """Documents of the first query that the second does not match (``a -b``)."""

    def matcher(self, searcher, context=None):
        raise TypeError(UNSTEPPED)
