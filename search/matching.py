"""A Whoosh query for terms at fixed offsets from each other: exact substrings.

A folded term of n characters occurs at position p of a document exactly when
each of a set of bigrams covering it occurs at p + its offset. Two bigrams per
four characters suffice ("新闻联播" = 新闻 at 0, 联播 at 2), which halves the
postings to read compared with Whoosh's Phrase over every bigram, and the
positions are checked with set operations on PackedPositions arrays instead of
Whoosh's Span objects.

Two ways to find the documents, chosen per segment by the rarest bigram:
- rare: step through the intersection of the bigrams' postings (OffsetMatcher),
  which skips straight to the few candidates;
- common (every bigram in many documents, as for 新闻联播 in a news archive):
  read each bigram's postings whole, intersect the document sets and check the
  candidates in one pass, then hand Whoosh a list of (document, score). Stepping
  a matcher tree costs about 25 µs per candidate in Python; this about a fifth.
"""

from __future__ import annotations

import bisect

from whoosh import matching
from whoosh.matching import (
    AndNotMatcher,
    IntersectionMatcher,
    ListMatcher,
    WrappingMatcher,
)
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import AndNot, Term
from whoosh.query.qcore import Query
from whoosh.reading import TermNotFound
from whoosh.util import make_binary_tree

from .analyzers import unpack_positions
from .scoring import PhraseScorer

# Read postings whole once the rarest covering bigram is in this many documents.
BULK_MIN_DOCUMENTS = 64


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
        reader = searcher.reader()
        frequencies = []
        for _offset, word in self.words:
            try:
                frequencies.append(reader.doc_frequency(self.fieldname, word))
            except TermNotFound:
                return matching.NullMatcher()
            if not frequencies[-1]:
                return matching.NullMatcher()
        # Unscored leaves: the phrase is scored as a whole (PhraseScorer).
        leaves = [reader.postings(self.fieldname, word) for _offset, word in self.words]
        weighting = context.weighting if context else searcher.weighting
        scorer = PhraseScorer(
            searcher, self.fieldname, [word for _offset, word in self.words], weighting
        )
        offsets = [offset for offset, _word in self.words]
        if min(frequencies) >= BULK_MIN_DOCUMENTS:
            return bulk_matcher(leaves, offsets, scorer, self.boost)
        return OffsetMatcher(
            make_binary_tree(IntersectionMatcher, leaves),
            leaves,
            offsets,
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


def postings_by_document(matcher) -> dict[int, bytes]:
    """Return {docnum: posting value} of a term matcher, read block by block.

    Whoosh 2.7's on-disk leaf matcher keeps a block's ids and values in lists;
    taking them whole avoids a Python call per posting. Any other matcher is
    stepped through.
    """
    if isinstance(matcher, FilterMatcher):
        # A segment with deleted documents wraps its postings in this filter.
        postings = postings_by_document(matcher.child)
        if matcher._exclude:
            for docnum in matcher._ids.intersection(postings):
                del postings[docnum]
            return postings
        return {d: v for d, v in postings.items() if d in matcher._ids}
    postings: dict[int, bytes] = {}
    if hasattr(matcher, "_read_ids") and hasattr(matcher, "_next_block"):
        while not matcher._atend:
            if matcher._ids is None:
                matcher._read_ids()
            if matcher._values is None:
                matcher._read_values()
            postings.update(zip(matcher._ids, matcher._values, strict=False))
            matcher._next_block()
        return postings
    while matcher.is_active():
        postings[matcher.id()] = matcher.value()
        matcher.next()
    return postings


def bulk_matcher(leaves, offsets, scorer, boost=1.0):
    """Return a matcher over the documents where the leaves' words line up."""
    pairs = sorted(
        (
            (postings_by_document(leaf), offset)
            for leaf, offset in zip(leaves, offsets, strict=True)
        ),
        key=lambda pair: len(pair[0]),
    )
    (first, first_offset), *others = pairs
    candidates = set(first).intersection(*(postings for postings, _offset in others))
    docnums, scores = [], []
    for docnum in sorted(candidates):
        starts = set(map((-first_offset).__add__, unpack_positions(first[docnum])))
        for postings, offset in others:
            starts.intersection_update(
                map((-offset).__add__, unpack_positions(postings[docnum]))
            )
            if not starts:
                break
        else:
            docnums.append(docnum)
            scores.append(scorer.score(docnum, len(starts)) * boost)
    return ScoredListMatcher(docnums, scores)


class ScoredListMatcher(ListMatcher):
    """A list of (document, score) that skips by bisection."""

    def skip_to(self, id):
        if self._i < len(self._ids) and self._ids[self._i] < id:
            self._i = bisect.bisect_left(self._ids, id, self._i)

    def supports_block_quality(self):
        return False

    def copy(self):
        return self.__class__(self._ids, self._weights, position=self._i)


def scored_postings(matcher) -> dict[int, float] | None:
    """Return {docnum: score} of a plain term matcher read whole, else None."""
    boost = 1.0
    if type(matcher) is WrappingMatcher:
        boost, matcher = matcher.boost, matcher.child
    deleted = frozenset()
    if isinstance(matcher, FilterMatcher) and matcher._exclude:
        deleted, matcher = matcher._ids, matcher.child
    if not (hasattr(matcher, "_read_weights") and hasattr(matcher, "_next_block")):
        return None
    scorer = matcher.scorer
    scores: dict[int, float] = {}
    while not matcher._atend:
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._weights is None:
            matcher._read_weights()
        if scorer is None or not hasattr(scorer, "dfl"):
            scores.update(zip(matcher._ids, matcher._weights, strict=False))
        else:
            score, length = scorer._score, scorer.dfl
            for docnum, weight in zip(matcher._ids, matcher._weights, strict=False):
                scores[docnum] = score(weight, length(docnum))
        matcher._next_block()
    for docnum in deleted.intersection(scores):
        del scores[docnum]
    if boost != 1.0:
        scores = {docnum: score * boost for docnum, score in scores.items()}
    return scores


def scored_documents(matcher) -> tuple[list[int], list[float]]:
    """Return the documents a matcher matches and their scores, in document order.

    A list matcher (what bulk_matcher and RankedBy return) hands its lists
    over whole; any other is stepped through, a few Python calls per document.
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


def ranked_documents(searcher, query, allowed=None) -> list[tuple[float, int]]:
    """Return (score, docnum) of every document a query matches, best first.

    The same list, in the same order, as ``searcher.search(query, limit=None,
    filter=...).top_n``, without Whoosh's collector, which makes several Python
    calls per matching document: a common phrase matches most of the archive.
    ``allowed``: the document numbers a filter lets through, or None for all.
    """
    context = searcher.context()
    ranked: list[tuple[float, int]] = []
    for leaf, offset in searcher.leaf_searchers():
        docnums, scores = scored_documents(query.matcher(leaf, context))
        pairs = zip(scores, (docnum + offset for docnum in docnums), strict=True)
        if allowed is None:
            ranked.extend(pairs)
        else:
            ranked.extend(pair for pair in pairs if pair[1] in allowed)
    # Whoosh's order: higher score first, then lower document number.
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    return ranked


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
        docnums, scores = scored_documents(self.required.matcher(searcher, context))
        if not docnums:
            return matching.NullMatcher()
        place = {docnum: index for index, docnum in enumerate(docnums)}
        for query in self.telling_clauses(searcher.get_parent()):
            optional = query.matcher(searcher, context)
            bulk = scored_postings(optional)
            if bulk is not None:
                for docnum in place.keys() & bulk.keys():
                    scores[place[docnum]] += bulk[docnum]
                continue
            while optional.is_active():
                index = place.get(optional.id())
                if index is not None:
                    scores[index] += optional.score()
                optional.next()
        return ScoredListMatcher(docnums, scores)


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
