"""How text becomes index terms: folding, jieba words and character bigrams.

Every indexed text goes through ``fold`` first, so that the index, the queries and
the highlighter agree on what "the same text" means: NFKC (full-width letters,
digits and punctuation become half-width), no whitespace at all, lower case.
Punctuation is kept, so that an exact phrase does not match across a comma.

Two analyses of the folded text:

- ``BigramTokenizer``: overlapping character pairs at consecutive positions. A term
  of n >= 2 characters is an exact substring of a document if and only if its n - 1
  bigrams occur as a phrase; this is what makes recall exact.
- ``JiebaTokenizer``: jieba's search-mode words of two or more characters,
  numbered one by one (jieba's own ChineseAnalyzer numbers them by character
  offset, which breaks phrase queries). Used only for ranking: a document where
  the query is a whole word ranks higher.

The two Whoosh formats below bypass the per-token Python objects of Whoosh's
generic formats for the two large fields; they produce the same postings.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator

import jieba
from whoosh.analysis import Token, Tokenizer
from whoosh.formats import Frequency, Positions
from whoosh.system import _INT_SIZE, pack_uint

# "全　面\n从严" -> "全面从严": any run of whitespace, full-width spaces included.
WHITESPACE = re.compile(r"\s+")
# A jieba word worth indexing has a letter, digit or CJK character: "，" is not one.
WORDLIKE = re.compile(r"\w")


def fold(text: str) -> str:
    """Return text as the index sees it: NFKC, no whitespace, lower case."""
    return WHITESPACE.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def bigrams(folded: str) -> list[str]:
    """Return the overlapping character pairs of a folded text, in order."""
    return [folded[i : i + 2] for i in range(len(folded) - 1)]


class BigramTokenizer(Tokenizer):
    """Yield overlapping character bigrams of already folded text, positions 0, 1, 2…"""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        for index in range(len(value) - 1):
            token.text = value[index : index + 2]
            token.boost = 1.0
            if keeporiginal:
                token.original = token.text
            if positions:
                token.pos = start_pos + index
            if chars:
                token.startchar = start_char + index
                token.endchar = start_char + index + 2
            yield token


class JiebaTokenizer(Tokenizer):
    """Yield jieba's search-mode words of folded text, numbering positions one by one."""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        words = jieba_words(value) if tokenize else [(value, 0, len(value))]
        for position, (word, start, end) in enumerate(words, start_pos):
            token.text = word
            token.boost = 1.0
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = position
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


def jieba_words(folded: str, mode: str = "search") -> list[tuple[str, int, int]]:
    """Return jieba's words of two or more characters in a folded text.

    Single characters (的, 了, 报) rank nothing and are a third of all tokens;
    one-character queries go to the character field instead. jieba's HMM guesses
    unknown words character by character in Python: without it segmentation is
    a fifth faster, and the archive's own words come from its slogans.
    """
    return [
        (word, start, end)
        for word, start, end in jieba.tokenize(folded, mode=mode, HMM=False)
        if len(word) >= 2 and WORDLIKE.search(word)
    ]


class PackedPositions(Positions):
    """Positions stored as a machine array of absolute positions, not a pickle.

    Whoosh's own Positions pickles a list of deltas, and its phrase matcher builds
    one Span object per position: the exact-substring matcher decodes these with
    one ``frombytes`` instead. The first four bytes still hold the frequency.
    """

    def encode(self, poslist):
        return pack_uint(len(poslist)) + array("I", poslist).tobytes()

    def decode_positions(self, valuestring):
        return unpack_positions(valuestring).tolist()

    def combine(self, vs):
        merged = set()
        for value in vs:
            merged.update(unpack_positions(value))
        return self.encode(sorted(merged))


def unpack_positions(valuestring: bytes) -> array:
    """Return the positions a PackedPositions posting holds."""
    positions = array("I")
    positions.frombytes(valuestring[_INT_SIZE:])
    return positions


class BigramPositions(PackedPositions):
    """Positions of each bigram of a folded text, computed without Token objects."""

    def word_values(self, value, analyzer, **kwargs):
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for index in range(len(value) - 1):
            positions[value[index : index + 2]].append(index)
        return self.postings(positions)

    def postings(self, positions: dict[str, list[int]]):
        """Yield (word, frequency, weight, value) in word order.

        Whoosh sorts all postings of a segment before writing it; handing them
        over already sorted per document gives its sort long sorted runs.
        """
        boost = self.field_boost
        for word in sorted(positions):
            poslist = positions[word]
            yield word, len(poslist), len(poslist) * boost, self.encode(poslist)


class CharacterCounts(Frequency):
    """How often each character occurs in a folded text: answers one-character queries."""

    def word_values(self, value, analyzer, **kwargs):
        boost = self.field_boost
        for char, count in sorted(Counter(value).items()):
            yield char, count, count * boost, pack_uint(count)


def bigram_analyzer() -> BigramTokenizer:
    """Return the analyzer of the bigram fields (input must be folded already)."""
    return BigramTokenizer()


def jieba_analyzer() -> JiebaTokenizer:
    """Return the analyzer of the jieba field (input must be folded already)."""
    return JiebaTokenizer()


class JiebaPositions(BigramPositions):
    """Positions of each jieba word of a folded text, numbered one by one."""

    def word_values(self, value, analyzer, **kwargs):
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for position, (word, _start, _end) in enumerate(jieba_words(value)):
            positions[word].append(position)
        return self.postings(positions)
