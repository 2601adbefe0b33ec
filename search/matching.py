"""A Whoosh query for terms at fixed offsets from each other: exact substrings.

A folded term of n characters occurs at position p of a document exactly when
each of a set of bigrams covering it occurs at p + its offset. Two bigrams per
four characters suffice ("新闻联播" = 新闻 at 0, 联播 at 2), which halves the
postings to read compared with Whoosh's Phrase over every bigram.

Two ways to run the archive's queries on a segment:
- whole lists (``scores_of``), for segments written by the archive's codec:
  each term's postings are read at once as numpy arrays (codec.read_postings),
  rarest word first, so that only the blocks of the common words that may hold
  its documents are decoded; the offsets are lined up, the documents counted
  and scored with array operations. No Python call per document: a phrase
  such as 新闻联播, in every bulletin, costs what a rare one does plus a
  little per posting.
- stepping: Whoosh's matcher protocol (OffsetMatcher over an intersection),
  for any other segment and for Whoosh's own search().
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
from whoosh import matching
from whoosh.matching import (
    AndNotMatcher,
    IntersectionMatcher,
    ListMatcher,
    WrappingMatcher,
)
from whoosh.query import And, AndNot, Or, Term
from whoosh.query.qcore import Query
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.util import make_binary_tree

from .analyzers import unpack_positions
from .codec import archive_terms, joined_postings, read_postings, term_info
from .scoring import PhraseScorer, bm25_array, field_length_array


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
        from whoosh.query import And

        return And([Term(self.fieldname, word) for _offset, word in self.words])

    def estimate_size(self, ixreader):
        return self._and_query().estimate_size(ixreader)

    def estimate_min_size(self, ixreader):
        return self._and_query().estimate_min_size(ixreader)

    def matcher(self, searcher, context=None):
        if len(self.words) == 1:
            word = self.words[0][1]
            return Term(self.fieldname, word, boost=self.boost).matcher(
                searcher, context
            )
        if archive_terms(searcher.reader()) is not None:
            return scores_of(self, searcher, context).matcher()
        reader = searcher.reader()
        for _offset, word in self.words:
            try:
                if not reader.doc_frequency(self.fieldname, word):
                    return matching.NullMatcher()
            except TermNotFound:
                return matching.NullMatcher()
        # Unscored leaves: the phrase is scored as a whole (PhraseScorer).
        leaves = [reader.postings(self.fieldname, word) for _offset, word in self.words]
        weighting = context.weighting if context else searcher.weighting
        scorer = PhraseScorer(
            searcher, self.fieldname, [word for _offset, word in self.words], weighting
        )
        return OffsetMatcher(
            make_binary_tree(IntersectionMatcher, leaves),
            leaves,
            [offset for offset, _word in self.words],
            scorer,
            self.boost,
        )


class OffsetMatcher(WrappingMatcher):
    """Step through an intersection, keeping documents whose offsets line up."""

    def __init__(self, child, leaves, offsets, scorer, boost=1.0):
        super().__init__(child, boost=boost)
        self.leaves = leaves
        self.offsets = offsets
        self.scorer = scorer
        self.frequency = 0
        self._skip_misaligned()

    def copy(self):
        leaves = [leaf.copy() for leaf in self.leaves]
        return self.__class__(
            make_binary_tree(IntersectionMatcher, leaves),
            leaves,
            self.offsets,
            self.scorer,
            self.boost,
        )

    def _replacement(self, newchild):
        # Never hand the bare intersection back: it would skip the offset check.
        return self

    def replace(self, minquality=0):
        if not self.is_active():
            return matching.NullMatcher()
        return self

    def supports_block_quality(self):
        return False

    def _aligned(self) -> bool:
        """Count the starts where every word sits at its offset; False if none."""
        leaves = iter(zip(self.leaves, self.offsets, strict=True))
        leaf, offset = next(leaves)
        starts = set(map((-offset).__add__, unpack_positions(leaf.value())))
        for leaf, offset in leaves:
            starts.intersection_update(
                map((-offset).__add__, unpack_positions(leaf.value()))
            )
            if not starts:
                return False
        self.frequency = len(starts)
        return True

    def score(self):
        return self.scorer.score(self.child.id(), self.frequency) * self.boost

    def _skip_misaligned(self):
        child = self.child
        while child.is_active() and not self._aligned():
            child.next()

    def next(self):
        self.child.next()
        self._skip_misaligned()

    def skip_to(self, id):
        self.child.skip_to(id)
        self._skip_misaligned()

    def all_ids(self):
        while self.is_active():
            yield self.id()
            self.next()

    def spans(self):
        return []


class ScoredListMatcher(ListMatcher):
    """A list of (document, score) that skips by bisection."""

    def skip_to(self, id):
        if self._i < len(self._ids) and self._ids[self._i] < id:
            self._i = bisect.bisect_left(self._ids, id, self._i)

    def supports_block_quality(self):
        return False

    def copy(self):
        return self.__class__(self._ids, self._weights, position=self._i)


def scored_documents(matcher) -> tuple[list[int], list[float]]:
    """Return the documents a matcher matches and their scores, in document order.

    A list matcher hands its lists over whole; any other is stepped through, a
    few Python calls per document.
    """
    if isinstance(matcher, ScoredListMatcher):
        start = matcher._i
        return list(matcher._ids[start:]), list(matcher._weights[start:])
    docnums, scores = [], []
    while matcher.is_active():
        docnums.append(matcher.id())
        scores.append(matcher.score())
        matcher.next()
    return docnums, scores


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

    def matcher(self):
        """Return these documents as a Whoosh matcher."""
        if not len(self.docnums):
            return matching.NullMatcher()
        return ScoredListMatcher(self.docnums.tolist(), self.scores.tolist())

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


def stepped(query, searcher, context) -> Scored:
    """Return a query's matches by stepping through its Whoosh matchers, segment by segment."""
    docnums, scores = [], []
    for leaf, offset in searcher.leaf_searchers():
        found, found_scores = scored_documents(query.matcher(leaf, context))
        docnums.append(np.asarray(found, np.int64) + offset)
        scores.append(np.asarray(found_scores, np.float64))
    if not docnums:
        return NOTHING
    return Scored(np.concatenate(docnums), np.concatenate(scores))


def archive_leaves(searcher) -> list | None:
    """Return the segments of a searcher and their first document numbers.

    None unless the archive's codec wrote every one: only those are read whole.
    """
    leaves = list(searcher.reader().leaf_readers())
    if all(archive_terms(reader) is not None for reader, _offset in leaves):
        return leaves
    return None


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


def term_scores(searcher, context, fieldname: str, text, boost: float) -> Scored | None:
    """Return a term's documents scored as Whoosh's Term would score them."""
    leaves = archive_leaves(searcher)
    if leaves is None or fieldname not in searcher.schema:
        return None
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
        return None
    return Scored(postings.ids, scores).boosted(boost)


def phrase_scores(query: OffsetPhrase, searcher, context) -> Scored | None:
    """Return the documents where an OffsetPhrase's words line up, scored."""
    leaves = archive_leaves(searcher)
    if leaves is None or query.fieldname not in searcher.schema:
        return None
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
    scorer = PhraseScorer(
        searcher, query.fieldname, [word for _offset, word in query.words], weighting
    )
    return Scored(docnums, scorer.scores(docnums, frequencies)).boosted(query.boost)


def combined(query, searcher, context) -> Scored | None:
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


def scores_of(query, searcher, context=None) -> Scored:
    """Return every match of a query and its score, in document order.

    ``searcher``: one segment's (Whoosh's matcher protocol) or the whole index's.
    The archive's own query shapes are read as whole lists where the archive's
    codec wrote every segment; anything else is stepped through with Whoosh's
    matchers.
    """
    found = None
    if isinstance(query, RankedBy):
        found = ranked_by_scores(query, searcher, context)
    elif isinstance(query, OffsetPhrase):
        if len(query.words) == 1:
            found = term_scores(
                searcher, context, query.fieldname, query.words[0][1], query.boost
            )
        else:
            found = phrase_scores(query, searcher, context)
    elif type(query) is Term:
        found = term_scores(searcher, context, query.fieldname, query.text, query.boost)
    elif isinstance(query, Excluding):
        wanted = scores_of(query.a, searcher, context)
        unwanted = scores_of(query.b, searcher, searcher.boolean_context())
        keep = ~np.isin(wanted.docnums, unwanted.docnums, assume_unique=True)
        found = Scored(wanted.docnums[keep], wanted.scores[keep])
    elif type(query) is And or (
        isinstance(query, Or) and not query.minmatch and query.scale is None
    ):
        found = combined(query, searcher, context)
    return found if found is not None else stepped(query, searcher, context)


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
        return scores_of(self, searcher, context).matcher()


class Excluding(AndNot):
    """Documents of the first query that the second does not match (``a -b``)."""

    def matcher(self, searcher, context=None):
        return ExcludingMatcher(
            self.a.matcher(searcher, context),
            self.b.matcher(searcher, searcher.boolean_context()),
        )


class ExcludingMatcher(AndNotMatcher):
    """Whoosh's AndNotMatcher, fixed to exclude the first document too.

    Whoosh 2.7 looks for an excluded first document only when both matchers
    start on the same one: when the excluded term's first document comes
    earlier in the segment, the first wanted document slips through even if
    it holds the excluded term (乡村振兴 -河长制 returned a speech with both).
    """

    def _find_first(self):
        if self.a.is_active() and self.b.is_active() and self.b.id() <= self.a.id():
            self._find_next()
