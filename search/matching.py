"""A Whoosh query for terms at fixed offsets from each other: exact substrings.

A folded term of n characters occurs at position p of a document exactly when
each of a set of bigrams covering it occurs at p + its offset. Two bigrams per
four characters suffice ("新闻联播" = 新闻 at 0, 联播 at 2), which halves the
postings to read compared with Whoosh's Phrase over every bigram, and the
positions are checked with set operations on PackedPositions arrays instead of
Whoosh's Span objects.
"""

from __future__ import annotations

from whoosh import matching
from whoosh.matching import IntersectionMatcher, WrappingMatcher
from whoosh.query import Term
from whoosh.query.qcore import Query
from whoosh.util import make_binary_tree

from .analyzers import unpack_positions
from .scoring import PhraseScorer


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
        reader = searcher.reader()
        field = searcher.schema[self.fieldname]
        children = []
        for _offset, word in self.words:
            if (self.fieldname, field.to_bytes(word)) not in reader:
                return matching.NullMatcher()
            children.append(Term(self.fieldname, word).matcher(searcher, context))
        if len(children) == 1:
            word = self.words[0][1]
            return Term(self.fieldname, word, boost=self.boost).matcher(
                searcher, context
            )
        weighting = context.weighting if context else searcher.weighting
        scorer = PhraseScorer(
            searcher, self.fieldname, [word for _offset, word in self.words], weighting
        )
        offsets = [offset for offset, _word in self.words]
        return OffsetMatcher(
            make_binary_tree(IntersectionMatcher, children),
            children,
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
